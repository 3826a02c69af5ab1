package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.UserMessages;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.scoring.ScoreCard;
import dev.nightshift.store.FaultyDataSource;
import dev.nightshift.store.FaultyDataSource.Fault;
import dev.nightshift.store.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Fails every write of a scripted shift in turn (the n-th write, for every n), with the errors a full disk, a failing
 * disk and a closed database raise: each time the action is refused in one sentence, the shift in hand is the one
 * the journal holds (in this process and in a fresh one), and once the trainee types it again the shift ends with
 * the card of a shift that never failed.
 */
class WriteFailureTest {

    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.bundled();
    private static final AtomicLong DATABASES = new AtomicLong();

    private static DataSource database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:write-failure-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    private static Sessions sessions(DataSource ds) {
        return new Sessions(new SessionStore(ds, "/home/db/nightshift.mv.db"), LIBRARY);
    }

    /** What a fresh process finds in the database: the shift its journal rebuilds, the journal's length, the status. */
    private static String journaled(DataSource db) {
        SessionStore store = new SessionStore(db);
        return store.current().map(record -> ScriptedShift.state(sessions(db).current()) + " journal="
                + store.journal(record.id()).size() + " " + record.status()).orElse("no session");
    }

    @Test
    void everyWriteOfAShiftFailsInTurnAndNoUnrecordedActionCounts() {
        for (ScriptedShift script : List.of(ScriptedShift.analyst())) {
            DataSource reference = database();
            FaultyDataSource counting = new FaultyDataSource(reference, 0, Fault.DISK_FULL);
            Sessions played = sessions(counting);
            List<String> states = new ArrayList<>();
            for (ScriptedShift.Step step : script.steps()) {
                step.act().apply(played);
                states.add(journaled(reference));
            }
            long writes = counting.writes();
            ScoreCard card = played.score();
            assertThat(writes).as("writes of the %s shift", script.name()).isGreaterThan(script.steps().size());

            long lost = java.util.stream.LongStream.rangeClosed(1, writes).parallel()
                    .map(n -> playFailing(script, n, Fault.values()[(int) (n % Fault.values().length)], states, card))
                    .sum();
            assertThat(lost).isZero();
            System.out.printf("write failures: %s shift, %d writes, each failed in turn: %d points tried, 0 actions"
                    + " lost, 0 unrecorded actions applied%n", script.name(), writes, writes);
        }
    }

    /** Plays the script with write {@code n} failing; returns how many acknowledged actions went missing (0). */
    private static long playFailing(ScriptedShift script, long n, Fault fault, List<String> states, ScoreCard card) {
        DataSource db = database();
        Sessions sessions = sessions(new FaultyDataSource(db, n, fault));
        int failures = 0;
        for (int i = 0; i < script.steps().size(); i++) {
            ScriptedShift.Step step = script.steps().get(i);
            try {
                step.act().apply(sessions);
            } catch (GameException refused) {
                failures++;
                String message = refused.getMessage();
                assertThat(refused.badInput()).as(message).isFalse();
                UserMessages.assertPlain(message);
                assertThat(message).as("write %d (%s) failed at '%s'", n, fault, step.typed())
                        .containsPattern("^the (action|session) (was not|may not have been) (recorded|started): ");
                String inJournal = journaled(db);
                boolean recorded = inJournal.equals(states.get(i));
                if (!message.contains("may not have been")) {
                    assertThat(recorded).as("'%s' was refused yet recorded (write %d)", step.typed(), n).isFalse();
                }
                String before = i == 0 ? "no session" : states.get(i - 1);
                assertThat(inJournal).as("the journal after write %d failed", n).isIn(before, states.get(i));
                if (i > 0 || recorded) {
                    assertThat(inJournal).as("the shift in hand is the journal's")
                            .startsWith(ScriptedShift.state(sessions.current()) + " journal=");
                }
                if (!recorded) {
                    i--; // the trainee types it again
                }
            }
        }
        assertThat(failures).as("write %d of %s", n, script.name()).isEqualTo(1);
        assertThat(sessions.score()).isEqualTo(card);
        return 0;
    }
}
