package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SharedHomeIT's question in one JVM, on both databases: players with a store each (as processes have) act on one
 * session at once, and every action is journaled once, each answering a minute no other answer shows.
 */
class SharedSessionTest {

    private static final int PLAYERS = 3;
    private static final int WAITS_EACH = 4;

    @TempDir
    Path home;

    private TestDatabases used;

    @AfterEach
    void dropSchema() {
        if (used != null) {
            used.drop(home);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void playersOnOneSessionTakeTurnsAndNoActionIsLost(TestDatabases db) throws Exception {
        used = db;
        ScenarioLibrary library = ScenarioLibrary.bundled();
        Shift started = new Sessions(db.store(home), library).start("tutorial-brute-force", Role.ANALYST, 7L);
        Instant start = started.now();
        ExecutorService pool = Executors.newFixedThreadPool(PLAYERS);
        List<Future<List<Instant>>> players = new ArrayList<>();
        for (int p = 0; p < PLAYERS; p++) {
            Sessions sessions = new Sessions(db.store(home), library);
            players.add(pool.submit(() -> {
                List<Instant> answers = new ArrayList<>();
                for (int i = 0; i < WAITS_EACH; i++) {
                    sessions.waitFor(Duration.ofMinutes(1));
                    answers.add(sessions.inHand().now());
                }
                return answers;
            }));
        }
        List<Instant> answers = new ArrayList<>();
        for (Future<List<Instant>> player : players) {
            answers.addAll(player.get(300, TimeUnit.SECONDS));
        }
        pool.shutdown();
        List<Instant> expected = new ArrayList<>();
        for (int m = 1; m <= PLAYERS * WAITS_EACH; m++) {
            expected.add(start.plus(Duration.ofMinutes(m)));
        }
        assertThat(answers).as("each answer its own minute").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(db.store(home).journal("S-0001")).containsExactlyElementsOf(
                Collections.nCopies(PLAYERS * WAITS_EACH, "[\"wait\",\"PT1M\"]"));
        assertThat(new Sessions(db.store(home), library).current().now()).isEqualTo(expected.get(expected.size() - 1));
    }
}
