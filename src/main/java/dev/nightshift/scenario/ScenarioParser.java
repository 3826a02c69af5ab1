package dev.nightshift.scenario;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns a scenario file's bytes into a {@link Scenario} or a {@link ScenarioException} holding every error:
 * size and encoding checks, YAML composition with positions, then the field-by-field read.
 */
final class ScenarioParser {

    /** The largest scenario or rule file accepted. */
    static final int MAX_BYTES = 1 << 20;
    private static final int MAX_ALIASES = 20;

    private ScenarioParser() {
    }

    static Scenario parse(String file, byte[] bytes, ScenarioFiles files) throws ScenarioException {
        Problems problems = new Problems(file);
        Scenario scenario = null;
        try {
            scenario = read(problems, bytes, files);
        } catch (RuntimeException e) {
            problems.inFile("could not read the scenario: " + e);
        }
        if (problems.any() || scenario == null) {
            if (!problems.any()) {
                problems.inFile("could not read the scenario");
            }
            throw new ScenarioException(problems.sorted());
        }
        return scenario;
    }

    /** UTF-8 text of at most {@link #MAX_BYTES}, or null after recording why not. */
    static String text(Problems problems, byte[] bytes, String what) {
        if (bytes.length > MAX_BYTES) {
            problems.inFile(what + " is larger than 1 MiB");
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.inFile(what + " is not UTF-8 text");
            return null;
        }
    }

    private static Scenario read(Problems problems, byte[] bytes, ScenarioFiles files) {
        String text = text(problems, bytes, "the file");
        if (text == null) {
            return null;
        }
        Node root = compose(problems, text);
        if (root == null) {
            return null;
        }
        return new ScenarioReader(problems, files).read(root);
    }

    private static Node compose(Problems problems, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(30);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            String message = "invalid YAML: " + (problem == null ? "syntax error" : problem.strip());
            if (e.getContext() != null && e.getContextMark() != null && e.getProblem() != null) {
                // e.g. "while scanning a quoted scalar" started at 1:5 and ran to the end of the file: say where
                message += " (" + e.getContext().strip() + " that starts at line " + (e.getContextMark().getLine() + 1)
                        + ", column " + (e.getContextMark().getColumn() + 1) + ")";
            }
            problems.at(mark, "", message);
            return null;
        } catch (RuntimeException e) {
            problems.inFile("invalid YAML: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip()));
            return null;
        }
        if (root == null) {
            problems.inFile("the file is empty");
        }
        return root;
    }
}
