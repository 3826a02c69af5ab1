package dev.nightshift.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios nightshift ships (the top-level {@code scenarios/} folder, on the classpath at
 * {@code /scenarios/}, listed by {@code index.txt}) and the loader for scenario files on disk.
 */
public final class ScenarioLibrary {

    private static final String BASE = "/scenarios/";
    private static final String INDEX = BASE + "index.txt";

    /** A reference to numbered variant N of a bundled scenario: {@code ransomware-3am@7}. */
    private static final java.util.regex.Pattern VARIANT = java.util.regex.Pattern.compile("([a-z0-9][a-z0-9-]*)@([0-9]{1,4})");
    private final List<String> ids;

    private ScenarioLibrary(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    /** The scenarios shipped in the jar. */
    public static ScenarioLibrary bundled() {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return new ScenarioLibrary(List.of());
            }
            List<String> ids = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String id = line.strip();
                    if (!id.isEmpty() && !id.startsWith("#")) {
                        ids.add(id);
                    }
                }
            }
            return new ScenarioLibrary(ids);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario index " + INDEX, e);
        }
    }

    /** The ids of the bundled scenarios, in index order. */
    public List<String> ids() {
        return ids;
    }

    /** Every bundled scenario that loads without errors, in index order. */
    public List<Scenario> list() {
        List<Scenario> out = new ArrayList<>();
        for (String id : ids) {
            try {
                out.add(load(id));
            } catch (ScenarioException e) {
                // an invalid bundled scenario is left out; ScenarioLibraryTest keeps the shipped ones valid
            }
        }
        return out;
    }

    /**
     * A bundled scenario by id ({@code tutorial-brute-force}) or a scenario file on disk by path; rule
     * paths resolve relative to the scenario file; {@code id@N} is numbered variant N of a bundled scenario
     * ({@link Scenario#asVariant}). Every problem comes back in one exception.
     */
    public Scenario load(String idOrPath) throws ScenarioException {
        java.util.regex.Matcher variant = VARIANT.matcher(idOrPath);
        if (variant.matches() && ids.contains(variant.group(1))) {
            int n = Integer.parseInt(variant.group(2));
            if (n < 1 || n > Organisation.MAX_VARIANTS) {
                throw single("scenarios/" + variant.group(1) + ".yml", "variant " + n + " is out of range: choose 1 to "
                        + Organisation.MAX_VARIANTS);
            }
            return load(variant.group(1)).asVariant(n);
        }
        if (ids.contains(idOrPath)) {
            String file = "scenarios/" + idOrPath + ".yml";
            byte[] bytes;
            try (InputStream in = ScenarioLibrary.class.getResourceAsStream(BASE + idOrPath + ".yml")) {
                bytes = in == null ? null : in.readNBytes(ScenarioParser.MAX_BYTES + 1);
            } catch (IOException e) {
                throw single(file, "cannot read the bundled scenario: " + e.getMessage());
            }
            if (bytes == null) {
                throw single(file, "the bundled scenario is missing from the classpath");
            }
            return ScenarioParser.parse(file, bytes, ScenarioFiles.classpath(BASE));
        }
        return loadFile(idOrPath);
    }

    private Scenario loadFile(String pathText) throws ScenarioException {
        Path path;
        try {
            path = Path.of(pathText);
        } catch (RuntimeException e) {
            throw single(pathText, "not a bundled scenario id nor a valid path");
        }
        if (!Files.isRegularFile(path)) {
            throw single(pathText, ids.isEmpty() ? "no such file"
                    : "no such file, nor a bundled scenario (bundled: " + String.join(", ", ids) + ")");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(ScenarioParser.MAX_BYTES + 1);
        } catch (IOException e) {
            throw single(pathText, "cannot read the file: " + e.getMessage());
        }
        Path dir = path.toAbsolutePath().getParent();
        return ScenarioParser.parse(pathText, bytes, ScenarioFiles.directory(dir));
    }

    /** Parses scenario text held in memory, named {@code file} in errors, reading rule files from {@code files}. */
    static Scenario parse(String file, String yaml, ScenarioFiles files) throws ScenarioException {
        return ScenarioParser.parse(file, yaml.getBytes(StandardCharsets.UTF_8), files);
    }

    private static ScenarioException single(String file, String message) {
        return new ScenarioException(List.of(new ScenarioError(file, 1, 1, message, "")));
    }
}
