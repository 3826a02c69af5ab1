package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.UserMessages;
import dev.nightshift.store.SessionStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes, one home: an open shell and one-shot commands started at the same moment act on one session.
 * Every action is journaled once, in the order of the answers: each 'wait 1m' answers a clock no other answer
 * shows, the clocks together are every minute from the start, and the shell sees what the others did.
 */
class SharedHomeIT {

    private static final Pattern CLOCK = Pattern.compile("\\[2026-03-10 (\\d\\d:\\d\\d):00 UTC]");
    private static final int ONE_SHOTS = 3;

    @TempDir
    Path home;

    @Test
    void anOpenShellAndConcurrentOneShotCommandsTakeTurnsOnOneSession() throws Exception {
        ProcessBuilder open = new ProcessBuilder(Launch.java())
                .redirectError(home.resolve("shell.err").toFile());
        open.environment().put("NIGHTSHIFT_HOME", home.toString());
        Process shell = open.start();
        Writer typed = new java.io.OutputStreamWriter(shell.getOutputStream(), StandardCharsets.UTF_8);
        BufferedReader screen = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
        List<String> clocks = new ArrayList<>();
        typed.write("start --scenario tutorial-brute-force --seed 7\nwait 1m\n");
        typed.flush();
        clocks.add(nextClock(screen));

        ExecutorService pool = Executors.newFixedThreadPool(ONE_SHOTS);
        List<Future<Launch.Result>> oneShots = new ArrayList<>();
        for (int i = 0; i < ONE_SHOTS; i++) {
            oneShots.add(pool.submit(() -> Launch.run(home, "wait", "1m")));
        }
        typed.write("wait 1m\n");
        typed.flush();
        clocks.add(nextClock(screen));
        for (Future<Launch.Result> oneShot : oneShots) {
            Launch.Result r = oneShot.get(180, TimeUnit.SECONDS);
            assertThat(r.exitCode()).as(r.err()).isZero();
            r.err().lines().forEach(UserMessages::assertPlain);
            Matcher m = CLOCK.matcher(r.out());
            assertThat(m.find()).as(r.out()).isTrue();
            clocks.add(m.group(1));
        }
        pool.shutdown();
        typed.write("status\nexit\n");
        typed.flush();
        StringBuilder rest = new StringBuilder();
        for (String line = screen.readLine(); line != null; line = screen.readLine()) {
            rest.append(line).append('\n');
        }
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.readAllLines(home.resolve("shell.err")).stream().filter(l -> l.startsWith("error:"))
                .forEach(UserMessages::assertPlain);

        assertThat(clocks).as("every answer shows its own minute").doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("08:31", "08:32", "08:33", "08:34", "08:35");
        assertThat(rest.toString()).as("the shell sees every process's actions")
                .contains("Clock: 2026-03-10 08:35:00 UTC");
        SessionStore store = SessionStore.open("jdbc:h2:file:" + home.resolve("db/nightshift") + ";AUTO_SERVER=TRUE",
                "sa", "");
        assertThat(store.journal("S-0001")).as("journaled once each, nothing lost")
                .containsExactlyElementsOf(java.util.Collections.nCopies(2 + ONE_SHOTS, "[\"wait\",\"PT1M\"]"));
    }

    private static String nextClock(BufferedReader screen) throws Exception {
        StringBuilder seen = new StringBuilder();
        int c;
        while ((c = screen.read()) >= 0) {
            seen.append((char) c);
            Matcher m = CLOCK.matcher(seen);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the shell ended before it answered: " + seen);
    }
}
