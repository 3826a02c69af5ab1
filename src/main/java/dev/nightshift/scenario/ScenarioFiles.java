package dev.nightshift.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/** Reads the files a scenario refers to (its rule pack), by a path relative to the scenario file. */
@FunctionalInterface
interface ScenarioFiles {

    /** The file's bytes, or null when there is no such file; at most {@code limit + 1} bytes are read. */
    byte[] read(String relativePath, int limit) throws IOException;

    /** Files beside a scenario on disk. */
    static ScenarioFiles directory(Path dir) {
        return (relative, limit) -> {
            Path file = dir.resolve(relative);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(limit + 1);
            } catch (NoSuchFileException e) {
                return null;
            }
        };
    }

    /** Files beside a scenario on the classpath, under {@code base} (e.g. {@code /scenarios/}). */
    static ScenarioFiles classpath(String base) {
        return (relative, limit) -> {
            try (InputStream in = ScenarioFiles.class.getResourceAsStream(base + relative)) {
                return in == null ? null : in.readNBytes(limit + 1);
            }
        };
    }

    /** Files held in memory, for tests and tools that build scenarios on the fly. */
    static ScenarioFiles of(Map<String, byte[]> files) {
        return (relative, limit) -> files.get(relative);
    }
}
