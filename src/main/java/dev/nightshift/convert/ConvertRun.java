package dev.nightshift.convert;

import dev.nightshift.detection.DetectionTree;
import dev.nightshift.detection.RuleFiles;
import dev.nightshift.detection.SigmaRule;
import dev.nightshift.detection.SigmaSource;
import dev.nightshift.pipeline.InputProblem;
import dev.nightshift.pipeline.PipelineSource;
import dev.nightshift.pipeline.RuleProcessing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code rules convert} runs: the rules of a file, or the rule of an id or name among the rules of
 * {@code --rules}, converted for one target with the given pipelines. {@code text} holds every query written (one
 * rule: the query alone; several: each under a {@code # title (id)} line), {@code errors} every rule that could not
 * be converted, as {@code file:line:column: sentence}.
 */
public record ConvertRun(String text, int converted, List<String> errors) {

    public ConvertRun {
        errors = List.copyOf(errors);
    }

    /**
     * Converts; {@code pipelines} are files or built-in pipeline names. Bad options (an unknown pipeline, no such
     * rule) are an IllegalArgumentException with the sentence to show.
     */
    public static ConvertRun run(ConvertTarget target, String rule, List<Path> rules, List<String> pipelines,
                                 Map<String, List<String>> vars) {
        List<InputProblem> problems = new ArrayList<>();
        RuleProcessing processing = RuleProcessing.load(pipelineSources(pipelines), problems);
        if (!problems.isEmpty()) {
            return new ConvertRun("", 0, problems.stream().map(InputProblem::format).toList());
        }
        RuleConverter converter = new RuleConverter(target, processing, vars);
        List<RuleConverter.Conversion> conversions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Path path = Path.of(rule);
        if (Files.isRegularFile(path)) {
            RuleConverter.FileConversion file = converter.convert(new SigmaSource(rule, read(path)));
            conversions.addAll(file.conversions());
            errors.addAll(file.errors());
        } else if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(rule + " is a folder; name one rule file, or a rule id with --rules "
                    + rule);
        } else {
            DetectionTree tree = find(rule, rules, converter);
            conversions.add(converter.convert(tree));
        }
        List<RuleConverter.Conversion> done = conversions.stream().filter(RuleConverter.Conversion::converted).toList();
        conversions.stream().filter(c -> !c.converted()).forEach(c -> errors.add(c.error()));
        StringBuilder text = new StringBuilder();
        for (RuleConverter.Conversion conversion : done) {
            SigmaRule meta = conversion.rule();
            if (conversions.size() > 1) {
                text.append(text.length() > 0 ? "\n" : "").append("# ").append(meta.title()).append(" (")
                        .append(meta.id()).append(")\n");
            }
            text.append(conversion.query()).append('\n');
        }
        return new ConvertRun(text.toString(), done.size(), errors);
    }

    private static DetectionTree find(String id, List<Path> rules, RuleConverter converter) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no rule file '" + id + "'; to convert a rule by its id or name, give "
                    + "the rules it is among with --rules <file|folder>");
        }
        RuleFiles files = RuleFiles.read(rules);
        for (SigmaSource source : files.sources()) {
            if (!source.text().contains(id)) {
                continue;
            }
            DetectionTree.Read read = converter.read(source);
            for (DetectionTree tree : read.trees()) {
                if (tree.rule().id().equals(id) || id.equals(tree.rule().name())) {
                    return tree;
                }
            }
        }
        throw new IllegalArgumentException("no rule of id or name '" + id + "' loads from " + String.join(", ",
                rules.stream().map(Path::toString).toList()) + " (run 'rules validate' on them to see any errors)");
    }

    private static List<PipelineSource> pipelineSources(List<String> pipelines) {
        List<PipelineSource> sources = new ArrayList<>();
        for (String name : pipelines) {
            Path path = Path.of(name);
            if (Files.isRegularFile(path)) {
                sources.add(new PipelineSource(name, read(path)));
                continue;
            }
            PipelineSource builtIn = RuleProcessing.builtIn(name);
            if (builtIn == null) {
                throw new IllegalArgumentException("no pipeline file or built-in pipeline '" + name + "' (built-in: "
                        + String.join(", ", RuleProcessing.builtInNames()) + ")");
            }
            sources.add(builtIn);
        }
        return sources;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
