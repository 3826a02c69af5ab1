package dev.nightshift.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged nightshift jar as a user's terminal would, capturing stdout, stderr and the exit code. */
final class Launch {

    /** What one run printed and how it exited. */
    record Result(int exitCode, String out, String err) {
    }

    private Launch() {
    }

    /**
     * The command line that runs the packaged jar with {@code args} as the launcher does: the client compiler and
     * Spring's ahead-of-time context (so tests run the code users run).
     */
    static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    static Path jar() {
        return Path.of(System.getProperty("nightshift.jar", "target/nightshift.jar"));
    }

    static Result run(Path home, String... args) throws IOException, InterruptedException {
        return run(home, java.util.Map.of(), args);
    }

    /** Runs nightshift with {@code environment} added to the inherited environment. */
    static Result run(Path home, java.util.Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = java(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("NIGHTSHIFT_HOME", home.toString());
        builder.environment().remove("NIGHTSHIFT_PROCTOR_SECRET");
        builder.environment().keySet().removeIf(name -> name.startsWith("NIGHTSHIFT_DB_")); // the home's own H2 file
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("nightshift " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
