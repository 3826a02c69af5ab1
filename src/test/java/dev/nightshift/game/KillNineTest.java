package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.SessionRecord;
import dev.nightshift.store.SessionStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at seeded random points of scripted shifts: a child process plays the shift several times over on a real
 * home, is killed (SIGKILL, no shutdown hook runs) a few steps or milliseconds after some acknowledgement, and the
 * next child continues from the journal. Every acknowledged step must be in the journal the next child finds, and
 * every session must end with the journal and the card of the same shift played without interruption.
 */
class KillNineTest {

    /**
     * Kill points per role: 8 keep the suite quick (a child JVM takes 2 to 4 s here); {@code -Dnightshift.kills=31}
     * is the run whose counts README reports.
     */
    private static final int KILLS = Integer.getInteger("nightshift.kills", 8);
    private static final int MOST_STEPS_BETWEEN_KILLS = 4;
    private static final int ENGINEER_KILLS = Integer.getInteger("nightshift.engineerKills", 5);

    /** Kept when the test fails, so the killed home can be read (H2's Recover tool, or nightshift itself). */
    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path home;

    @Test
    void killedAtRandomPointsAShiftLosesNoAcknowledgedActionAndScoresTheSame() throws Exception {
        for (String role : List.of("analyst", "engineer")) {
            ScriptedShift script = ScriptedShift.named(role);
            // the engineer's child rebuilds a week of telemetry each time it starts, so it is killed fewer times
            int killsWanted = script.isEngineer() ? Math.min(KILLS, ENGINEER_KILLS) : KILLS;
            int rounds = killsWanted * MOST_STEPS_BETWEEN_KILLS / script.steps().size() + 1;
            SessionStore referenceStore = SessionStore.inMemory();
            Sessions reference = new Sessions(referenceStore, ScenarioLibrary.bundled());
            dev.nightshift.engineer.ChangeWindows referenceWindows = new dev.nightshift.engineer.ChangeWindows(
                    referenceStore, ScenarioLibrary.bundled());
            script.steps().forEach(step -> step.run(reference, referenceWindows));
            List<String> journal = referenceStore.journal(referenceStore.current().orElseThrow().id());
            Object card = script.isEngineer() ? referenceWindows.score() : reference.score();

            Path roleHome = home.resolve(role);
            Random random = new Random(20261201L);
            int[] acked = {0, -1}; // the last acknowledged round and step
            int kills = 0;
            System.out.println("kill -9: the " + role + " home is " + roleHome + " (kept if this test fails)");
            while (kills < killsWanted) {
                if (play(roleHome, script, rounds, random, acked)) {
                    break;
                }
                kills++;
            }
            assertThat(kills).as("the child finished before it was killed %d times", killsWanted).isEqualTo(killsWanted);
            assertThat(play(roleHome, script, rounds, null, acked)).as("a last child plays to the end").isTrue();

            SessionStore store = SessionStore.open(KillTarget.url(roleHome.toString()), "sa", "");
            List<SessionRecord> sessions = store.all();
            assertThat(sessions).hasSize(rounds);
            for (SessionRecord session : sessions) {
                assertThat(store.journal(session.id())).as("the journal of %s", session.id()).isEqualTo(journal);
                store.setCurrent(session.id());
                Object played = script.isEngineer()
                        ? new dev.nightshift.engineer.ChangeWindows(store, ScenarioLibrary.bundled()).score()
                        : new Sessions(store, ScenarioLibrary.bundled()).score();
                assertThat(played).as(session.id()).isEqualTo(card);
            }
            System.out.printf("kill -9: %s shift played %d times, %d kills at seeded random points, 0 acknowledged"
                    + " actions lost, %d of %d cards identical to the uninterrupted one%n",
                    role, rounds, kills, sessions.size(), sessions.size());
        }
    }

    /**
     * Runs one child; with {@code random}, kills it a few steps (and a few milliseconds) after it resumed. Returns
     * whether the child finished every round.
     */
    private static boolean play(Path home, ScriptedShift script, int rounds, Random random, int[] acked)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                KillTarget.class.getName(), home.toString(), Integer.toString(rounds), script.name()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int steps = script.steps().size();
        long target = random == null ? Long.MAX_VALUE : position(acked[0], acked[1], steps) + 1
                + random.nextInt(MOST_STEPS_BETWEEN_KILLS);
        boolean killed = false;
        boolean done = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] words = line.split(" ");
                switch (words[0]) {
                    case "at" -> {
                        int round = Integer.parseInt(words[1]);
                        int journaled = Integer.parseInt(words[2]);
                        boolean ended = words[3].equals("ENDED");
                        long found = ended ? position(round, steps - 1, steps) : position(round, journaled, steps);
                        assertThat(found).as("what the child found (%s) against the last acknowledgement (round %d,"
                                + " step %d)", line, acked[0], acked[1]).isGreaterThanOrEqualTo(
                                position(acked[0], acked[1], steps));
                    }
                    case "ack" -> {
                        acked[0] = Integer.parseInt(words[1]);
                        acked[1] = Integer.parseInt(words[2]);
                        if (!killed && position(acked[0], acked[1], steps) >= target) {
                            Thread.sleep(random.nextInt(25));
                            child.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroyForcibly it leaves the pipe to read
                            killed = true;
                        }
                    }
                    case "done" -> done = true;
                    default -> throw new AssertionError("the child said: " + line);
                }
            }
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child ends").isTrue();
        if (!killed) {
            assertThat(child.exitValue()).as("a child left alone exits normally").isZero();
        }
        return done && !killed;
    }

    /** Steps acknowledged up to (round, step), counted from the start of round 1. */
    private static long position(int round, int step, int steps) {
        return round == 0 ? -1 : (long) (round - 1) * steps + step;
    }
}
