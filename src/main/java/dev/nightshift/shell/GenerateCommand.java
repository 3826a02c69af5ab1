package dev.nightshift.shell;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioException;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.telemetry.EventFormat;
import dev.nightshift.telemetry.Generator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * {@code generate}: a scenario's telemetry in bulk, to a file or stdout. Files are written beside their target
 * and renamed into place at the end, so a failed run leaves nothing half-written.
 */
@Command(group = "Scenarios and telemetry")
class GenerateCommand {

    private final ScenarioLibrary library;

    GenerateCommand(ScenarioLibrary library) {
        this.library = library;
    }

    @Command(command = "generate", description = "Export a scenario's telemetry: generate --scenario <id|path> [--seed N] [--duration D] [--format jsonl|ecs|cef|syslog] [--out FILE] [--truth FILE]")
    String generate(@Option(longNames = "scenario", required = true, description = "a scenario id or a path to a .yml") String scenarioRef,
                    @Option(longNames = "seed", description = "the seed (default: the scenario's)") Long seed,
                    @Option(longNames = "duration", description = "how much simulated time, e.g. 2h or 30d (default: the scenario's)") String duration,
                    @Option(longNames = "format", defaultValue = "jsonl", description = "jsonl, ecs, cef or syslog") String formatName,
                    @Option(longNames = "out", description = "the file to write (default: stdout)") String out,
                    @Option(longNames = "truth", description = "also write each event's truth label to this file, as JSON lines") String truth)
            throws IOException {
        EventFormat format = EventFormat.named(formatName).orElseThrow(() -> new BadInputException(
                "unknown format '" + formatName + "': choose " + String.join(", ", EventFormat.NAMES)));
        Duration length = duration == null ? null : Durations.parse(duration);
        Scenario scenario;
        try {
            scenario = library.load(scenarioRef);
        } catch (ScenarioException e) {
            throw ScenarioCommands.badScenario(e);
        }
        long actualSeed = seed == null ? scenario.seed() : seed;
        Path outPath = out == null ? null : Path.of(out);
        Path truthPath = truth == null ? null : Path.of(truth);
        requireWritable(outPath);
        requireWritable(truthPath);
        Path outPart = partOf(outPath);
        Path truthPart = partOf(truthPath);
        Generator.Summary summary;
        // Ctrl-C mid-run: the JVM's exit removes the partial files, so no half-written output is left behind.
        Thread cleanup = new Thread(() -> {
            deleteQuietly(outPart);
            deleteQuietly(truthPart);
        }, "generate-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        boolean progressBar = outPath != null && Boolean.getBoolean("nightshift.stderr.tty");
        try (Writer data = outPath == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(outPart, StandardCharsets.UTF_8);
             Writer labels = truthPath == null ? null : Files.newBufferedWriter(truthPart, StandardCharsets.UTF_8)) {
            summary = Generator.run(scenario, actualSeed, length, format, data, labels,
                    progressBar ? new ProgressBar(System.err) : Generator.Progress.NONE);
        } catch (InterruptedIOException e) {
            Thread.interrupted();
            if (progressBar) {
                ProgressBar.clear(System.err);
            }
            Runtime.getRuntime().removeShutdownHook(cleanup);
            deleteQuietly(outPart);
            deleteQuietly(truthPart);
            throw new UserFacingException("generate " + e.getMessage()
                    + (outPath == null ? "" : "; " + outPath + " was not written"), ErrorReporting.FAILED);
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            deleteQuietly(outPart);
            deleteQuietly(truthPart);
            throw new UserFacingException("cannot write the telemetry: " + e.getMessage(), ErrorReporting.FAILED);
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            deleteQuietly(outPart);
            deleteQuietly(truthPart);
            throw e;
        }
        Runtime.getRuntime().removeShutdownHook(cleanup);
        moveIntoPlace(outPart, outPath);
        moveIntoPlace(truthPart, truthPath);
        String report = String.format(Locale.ROOT, "%,d events (%,d attack, %,d look-alike) from %s, seed %d, %s to %s",
                summary.events(), summary.attackEvents(), summary.lookalikeEvents(), scenario.id(), actualSeed,
                Render.time(summary.start()), Render.time(summary.end()));
        if (outPath == null) {
            System.err.println(report);
            return null;
        }
        return "Wrote " + report + " to " + outPath + (truthPath == null ? "" : "; truth labels in " + truthPath);
    }

    private static void requireWritable(Path target) {
        if (target == null) {
            return;
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new BadInputException("cannot write " + target + ": it is a folder; name a file");
        }
    }

    /**
     * Where to write before renaming into place: a sibling {@code .part} file for a regular file; the target itself
     * for a device or a pipe ({@code /dev/null}, a FIFO), which must never be replaced.
     */
    private static Path partOf(Path target) {
        if (target == null || (Files.exists(target) && !Files.isRegularFile(target))) {
            return target;
        }
        return target.resolveSibling(target.getFileName() + ".part");
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        if (part != null && !part.equals(target)) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null && Files.isRegularFile(path) && path.getFileName().toString().endsWith(".part")) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the run already failed; its own error is the one to report
            }
        }
    }

    /** A one-line progress bar redrawn on stderr. */
    private static final class ProgressBar implements Generator.Progress {
        private static final int WIDTH = 30;
        private final PrintStream err;

        ProgressBar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void update(double done, long events) {
            int filled = (int) Math.round(Math.max(0, Math.min(1, done)) * WIDTH);
            err.print(String.format(Locale.ROOT, "\rgenerating [%s%s] %3.0f%%  %,d events",
                    "#".repeat(filled), ".".repeat(WIDTH - filled), done * 100, events));
            if (done >= 1) {
                clear(err);
            }
            err.flush();
        }

        static void clear(PrintStream err) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
