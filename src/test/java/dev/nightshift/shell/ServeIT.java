package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proctored server as candidates meet it: the packaged jar serves on 127.0.0.1 at a free port, and the real
 * OpenSSH client logs in by key and by token, two candidates at once, with a refused command, a dropped connection
 * that is resumed, and a time limit that ends the session. Skips when {@code ssh} is not installed ({@code .ci/run}
 * installs Debian's openssh-client).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeIT {

    private static final Pattern TOKEN = Pattern.compile("A-0001\\.carol\\s+(\\S+)");
    @TempDir
    static Path dir;
    static Path home;
    static Process server;
    static int port;
    static String carolToken;

    @BeforeAll
    static void createAssessmentsAndServe() throws Exception {
        Assumptions.assumeTrue(onPath("ssh") && onPath("ssh-keygen"),
                "OpenSSH's client is not installed (apt-get install openssh-client): the proctored server is not tested");
        home = Files.createDirectories(dir.resolve("home"));
        StringBuilder candidates = new StringBuilder();
        for (String name : List.of("alice", "bob", "dave")) {
            run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", dir.resolve(name).toString()));
            String line = name + " " + Files.readString(dir.resolve(name + ".pub")).strip() + "\n";
            if (!name.equals("dave")) {
                candidates.append(line);
            } else {
                Files.writeString(dir.resolve("late.txt"), line);
            }
        }
        candidates.append("carol\n");
        Files.writeString(dir.resolve("candidates.txt"), candidates);
        Launch.Result created = Launch.run(home, "assessment", "create", "--scenario", "tutorial-brute-force",
                "--role", "analyst", "--candidates", dir.resolve("candidates.txt").toString(), "--time-limit", "30m");
        assertThat(created.exitCode()).as(created.err()).isZero();
        Matcher token = TOKEN.matcher(created.out());
        assertThat(token.find()).as(created.out()).isTrue();
        carolToken = token.group(1);
        Launch.Result late = Launch.run(home, "assessment", "create", "--scenario", "tutorial-brute-force",
                "--candidates", dir.resolve("late.txt").toString(), "--time-limit", "20s");
        assertThat(late.out()).contains("Assessment A-0002").contains("A-0002.dave");
        assertThat(Files.getPosixFilePermissions(home.resolve("proctor-secret")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Launch.java("serve", "--port", Integer.toString(port),
                "--bind", "127.0.0.1"));
        builder.environment().put("NIGHTSHIFT_HOME", home.toString());
        builder.redirectOutput(dir.resolve("serve.out").toFile()).redirectError(dir.resolve("serve.err").toFile());
        server = builder.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!Files.readString(dir.resolve("serve.out")).contains("serves assessments on 127.0.0.1:" + port)) {
            assertThat(server.isAlive()).as("serve exited: " + Files.readString(dir.resolve("serve.err"))).isTrue();
            assertThat(System.nanoTime()).as("serve did not start in 240 s").isLessThan(until);
            Thread.sleep(200);
        }
        assertThat(Files.getPosixFilePermissions(home.resolve("ssh_host_key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @AfterAll
    static void stopServing() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(1)
    void twoCandidatesPlayAtOnceEachTheirOwnVariantAndNeitherMayLeaveTheGame() throws Exception {
        String script = "status\nnext\nalerts\ngenerate --scenario tutorial-brute-force\nscenario show tutorial-brute-force\n"
                + "sessions\nscore\nrule new --file /etc/passwd\nhelp\nexit\n";
        CompletableFuture<Session> alice = CompletableFuture.supplyAsync(() -> ssh("A-0001.alice", key("alice"), script));
        CompletableFuture<Session> bob = CompletableFuture.supplyAsync(() -> ssh("A-0001.bob", key("bob"), script));
        for (Session s : List.of(alice.get(), bob.get())) {
            assertThat(s.exitCode).as(s.err).isZero();
            assertThat(s.out).contains("This is assessment A-0001; you play the analyst.")
                    .contains("Your commands:").contains("triage").doesNotContain("seed").doesNotContain("generate  ")
                    .contains("Your session is kept: log in again to carry on.");
            assertThat(s.err).contains("error: 'generate' is not part of this assessment; 'help' lists the commands you have")
                    .contains("error: 'scenario show' is not part of this assessment")
                    .contains("error: 'sessions' is not part of this assessment")
                    .contains("error: 'score' is not part of this assessment")
                    .contains("error: 'rule new' is not part of this assessment");
        }
        assertThat(firstAlert(alice.get().out)).isNotEqualTo(firstAlert(bob.get().out));
    }

    @Test
    @Order(2)
    void aDroppedConnectionIsResumedWhereItWas() throws Exception {
        Process first = start("A-0001.carol", password(carolToken));
        try (OutputStream in = first.getOutputStream()) {
            in.write("next\ntriage A-001 --verdict true-positive\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            waitFor(dir.resolve("A-0001.carol.out"), "A-001 closed as true-positive", 120);
            first.destroyForcibly(); // the connection drops: no exit, no goodbye
            first.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException dropped) {
            // the pipe went with the process
        }
        Session again = ssh("A-0001.carol", password(carolToken), "alerts\nalert A-001\nexit\n");
        assertThat(again.out).contains("Welcome back, carol: your session goes on where it was.")
                .containsPattern("A-001 .* closed ").contains("verdict:  true-positive");
        Session wrong = ssh("A-0001.carol", password("AAAA-AAAA-AAAA-AAAA-AAAA"), "status\n");
        assertThat(wrong.exitCode).isEqualTo(255);
        assertThat(wrong.err).contains("Permission denied");
    }

    @Test
    @Order(3)
    void theTimeLimitEndsAndScoresTheSessionByTheServersClock() throws Exception {
        Process dave = start("A-0002.dave", key("dave"));
        dave.getOutputStream().write("status\n".getBytes(StandardCharsets.UTF_8));
        dave.getOutputStream().flush();
        assertThat(dave.waitFor(120, TimeUnit.SECONDS)).as("the server closes the connection when time is up").isTrue();
        String out = Files.readString(dir.resolve("A-0002.dave.out"));
        assertThat(out).contains("Time left: ").contains("Time is up: your session has ended and is scored. Thank you.");
        Session late = ssh("A-0002.dave", key("dave"), "status\n");
        assertThat(late.out).contains("Your time for this assessment is over: your session has ended and is scored.");
        Launch.Result sessions = Launch.run(home, "sessions");
        assertThat(sessions.out()).containsPattern("S-\\d{4}\\s+ended\\s+tutorial-brute-force@1");
    }

    private record Session(int exitCode, String out, String err) {
    }

    private static List<String> key(String name) {
        return List.of("-i", dir.resolve(name).toString(), "-o", "IdentitiesOnly=yes", "-o", "PasswordAuthentication=no",
                "-o", "KbdInteractiveAuthentication=no", "-o", "BatchMode=yes");
    }

    /** Logs in with a token as a candidate types it, through an SSH_ASKPASS program. */
    private static List<String> password(String token) {
        try {
            Path askpass = dir.resolve("askpass-" + token.hashCode() + ".sh");
            Files.writeString(askpass, "#!/bin/sh\necho '" + token + "'\n");
            Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
            return List.of("-o", "PubkeyAuthentication=no", "-o", "NumberOfPasswordPrompts=1", "#askpass=" + askpass);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Session ssh(String login, List<String> auth, String script) {
        try {
            Process p = start(login, auth);
            try (OutputStream in = p.getOutputStream()) {
                in.write(script.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("ssh " + login + " did not finish in 180 s");
            }
            return new Session(p.exitValue(), Files.readString(dir.resolve(login + ".out")),
                    Files.readString(dir.resolve(login + ".err")));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static Process start(String login, List<String> auth) throws IOException {
        List<String> command = new ArrayList<>(List.of("ssh", "-T", "-p", Integer.toString(port), "-o",
                "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"));
        String askpass = null;
        for (String a : auth) {
            if (a.startsWith("#askpass=")) {
                askpass = a.substring("#askpass=".length());
            } else {
                command.add(a);
            }
        }
        command.add(login + "@127.0.0.1");
        ProcessBuilder builder = new ProcessBuilder(command);
        if (askpass != null) {
            builder.environment().put("SSH_ASKPASS", askpass);
            builder.environment().put("SSH_ASKPASS_REQUIRE", "force");
        }
        builder.redirectOutput(dir.resolve(login + ".out").toFile()).redirectError(dir.resolve(login + ".err").toFile());
        return builder.start();
    }

    private static void waitFor(Path file, String text, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!Files.readString(file).contains(text)) {
            assertThat(System.nanoTime()).as(file + " never showed: " + text + "\n" + Files.readString(file)).isLessThan(until);
            Thread.sleep(200);
        }
    }

    /** The first alert row of a candidate's queue: its subject names their variant's hosts and addresses. */
    private static String firstAlert(String out) {
        return out.lines().filter(l -> l.startsWith("A-001")).findFirst().orElseThrow(() -> new AssertionError(out));
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }
}
