package dev.nightshift.detection;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Sigma rule files read from paths given on a command line: each file as it is, each directory searched recursively
 * for {@code *.yml} and {@code *.yaml} in name order; a path that cannot be read is an error at its line 1.
 */
public record RuleFiles(List<SigmaSource> sources, List<RuleError> errors) {

    public RuleFiles {
        sources = List.copyOf(sources);
        errors = List.copyOf(errors);
    }

    /** Reads every rule file under the paths; never throws on a missing or unreadable path. */
    public static RuleFiles read(Collection<Path> paths) {
        List<SigmaSource> sources = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : ruleFiles(path, errors)) {
                    readOne(file, sources, errors);
                }
            } else if (Files.isRegularFile(path)) {
                readOne(path, sources, errors);
            } else {
                errors.add(new RuleError(path.toString(), 1, 1, "no such file or directory"));
            }
        }
        return new RuleFiles(sources, errors);
    }

    private static List<Path> ruleFiles(Path directory, List<RuleError> errors) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).filter(RuleFiles::isRuleFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.add(new RuleError(directory.toString(), 1, 1, "the directory cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    private static void readOne(Path file, List<SigmaSource> sources, List<RuleError> errors) {
        try {
            sources.add(new SigmaSource(file.toString(), Files.readString(file)));
        } catch (MalformedInputException e) {
            errors.add(new RuleError(file.toString(), 1, 1, "the file is not UTF-8 text"));
        } catch (IOException e) {
            errors.add(new RuleError(file.toString(), 1, 1, "the file cannot be read: " + e.getMessage()));
        }
    }
}
