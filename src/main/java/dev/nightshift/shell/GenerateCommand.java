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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/**
 * {@code generate}: a scenario's telemetry in bulk, to a file or stdout, over at most {@link #MAX_DURATION} of
 * simulated time. Files are {@link OutputFile}s: an existing one is replaced only with {@code --force}, and a failed
 * run leaves nothing half-written.
 */
@Command(group = "Scenarios and telemetry")
public class GenerateCommand {

    /**
     * Ten years: some 310 million events of the busiest bundled scenario (ransomware-3am), about 11 minutes at the
     * half a million events a second of the README's speed section, where a slip such as 999999d would run for days.
     */
    static final Duration MAX_DURATION = Duration.ofDays(3650);

    private final ScenarioLibrary library;

    GenerateCommand(ScenarioLibrary library) {
        this.library = library;
    }

    @Command(command = "generate", description = "Export a scenario's telemetry: generate --scenario <id|path> [--seed N] [--duration D] [--format jsonl|ecs|cef|syslog] [--out FILE] [--truth FILE] [--force]")
    String generate(@OptionValues(provider = "scenarioIds") @Option(longNames = "scenario", required = true, description = "a scenario id or a path to a .yml") String scenarioRef,
                    @Option(longNames = "seed", description = "the seed (default: the scenario's)") Long seed,
                    @Option(longNames = "duration", description = "how much simulated time, e.g. 2h or 30d, at most 3650d (default: the scenario's)") String duration,
                    @Option(longNames = "format", defaultValue = "jsonl", description = "jsonl, ecs, cef or syslog") String formatName,
                    @Option(longNames = "out", description = "the file to write (default: stdout)") String out,
                    @Option(longNames = "truth", description = "also write each event's truth label to this file, as JSON lines") String truth,
                    @Option(longNames = "force", description = "replace the --out and --truth files if they exist") boolean force)
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
        requireBounded(length == null ? scenario.duration() : length, length == null ? "the scenario's duration "
                + dev.nightshift.scenario.Durations.format(scenario.duration()) : "--duration " + duration);
        long actualSeed = seed == null ? scenario.seed() : seed;
        if (out != null && out.equals(truth)) {
            throw new BadInputException("--out and --truth name the same file, " + out + "; give the truth labels a "
                    + "file of their own");
        }
        OutputFile outFile = out == null ? null : OutputFile.check(Path.of(out), "--out", force);
        OutputFile truthFile = truth == null ? null : OutputFile.check(Path.of(truth), "--truth", force);
        Generator.Summary summary;
        // Ctrl-C mid-run: the JVM's exit removes the partial files, so no half-written output is left behind.
        Thread cleanup = new Thread(() -> discard(outFile, truthFile), "generate-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        boolean progressBar = outFile != null && Boolean.getBoolean("nightshift.stderr.tty");
        try {
            try (Writer data = outFile == null
                    ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                    : outFile.open();
                 Writer labels = truthFile == null ? null : truthFile.open()) {
                summary = Generator.run(scenario, actualSeed, length, format, data, labels,
                        progressBar ? new ProgressBar(System.err) : Generator.Progress.NONE);
            }
            commit(outFile);
            commit(truthFile);
        } catch (InterruptedIOException e) {
            Thread.interrupted();
            if (progressBar) {
                ProgressBar.clear(System.err);
            }
            discard(outFile, truthFile);
            throw new UserFacingException("generate " + e.getMessage()
                    + (outFile == null ? "" : "; " + outFile.target() + " was not written"), ErrorReporting.FAILED);
        } catch (IOException e) {
            discard(outFile, truthFile);
            throw new UserFacingException("cannot write the telemetry: " + e.getMessage(), ErrorReporting.FAILED);
        } catch (RuntimeException e) {
            discard(outFile, truthFile);
            throw e;
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
        String report = String.format(Locale.ROOT, "%,d events (%,d attack, %,d look-alike) from %s, seed %d, %s to %s",
                summary.events(), summary.attackEvents(), summary.lookalikeEvents(), scenario.id(), actualSeed,
                Render.time(summary.start()), Render.time(summary.end()));
        if (outFile == null) {
            System.err.println(report);
            return null;
        }
        return "Wrote " + report + " to " + outFile.target() + (truthFile == null ? "" : "; truth labels in "
                + truthFile.target());
    }

    /** A run's work grows with its simulated time, so that time has a ceiling: no typing mistake runs for days. */
    private static void requireBounded(Duration length, String what) {
        if (length.compareTo(MAX_DURATION) > 0) {
            throw new BadInputException(what + " is longer than the " + dev.nightshift.scenario.Durations.format(
                    MAX_DURATION) + " generate exports at most; ask for a shorter --duration");
        }
    }

    private static void commit(OutputFile file) throws IOException {
        if (file != null) {
            file.commit();
        }
    }

    private static void discard(OutputFile... files) {
        for (OutputFile file : files) {
            if (file != null) {
                file.discard();
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
