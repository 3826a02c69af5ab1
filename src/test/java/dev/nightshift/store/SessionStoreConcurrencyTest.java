package dev.nightshift.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.UserMessages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Stores sharing one database, as processes sharing a home or a server do: each unit reads the journal and appends
 * the entry right after what it read, and none is refused or lost, because units on one session take turns.
 */
class SessionStoreConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int UNITS_EACH = 12;

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
    void unitsOnOneSessionTakeTurnsAndEveryEntryIsJournaledOnce(TestDatabases db) throws Exception {
        used = db;
        String id = db.store(home).create("tutorial-brute-force", "analyst", 7, "manual", null).id();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<Integer>>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            SessionStore store = db.store(home);
            writers.add(pool.submit(() -> {
                List<Integer> taken = new ArrayList<>();
                for (int i = 0; i < UNITS_EACH; i++) {
                    taken.add(store.exclusively(() -> {
                        int seen = store.journal(id).size();
                        assertThat(store.appendAt(id, seen + 1, "[\"wait\",\"PT1M\"]"))
                                .as("nobody else appended between this unit's read and its write").isTrue();
                        return seen + 1;
                    }));
                }
                return taken;
            }));
        }
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> writer : writers) {
            all.addAll(writer.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(all).doesNotHaveDuplicates().hasSize(WRITERS * UNITS_EACH);
        assertThat(db.store(home).journal(id)).containsExactlyElementsOf(
                Collections.nCopies(WRITERS * UNITS_EACH, "[\"wait\",\"PT1M\"]"));
    }

    @Test
    void onPostgresqlAUnitOnOneSessionDoesNotWaitForAUnitOnAnother() throws Exception {
        TestDatabases db = TestDatabases.POSTGRESQL;
        used = db;
        SessionStore first = db.store(home);
        String a = first.create("tutorial-brute-force", "analyst", 7, "manual", "ada").id();
        String b = first.create("tutorial-brute-force", "analyst", 8, "manual", "grace").id();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> slow = pool.submit(() -> first.exclusively(() -> {
            int seq = first.append(a, "[\"next\"]");
            holding.countDown();
            await(release);
            return seq;
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        SessionStore other = db.store(home);
        long started = System.nanoTime();
        assertThat(other.append(b, "[\"next\"]")).isEqualTo(1);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("session b did not wait for a")
                .isLessThan(5_000);
        assertThat(other.journal(b)).hasSize(1);
        release.countDown();
        assertThat(slow.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        pool.shutdown();
        assertThat(other.journal(a)).containsExactly("[\"next\"]");
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedWithoutItsPassword() {
        SessionStore store = SessionStore.open("jdbc:postgresql://127.0.0.1:9/nightshift?password=hunter2&user=x",
                null, null);
        assertThatThrownBy(store::all).isInstanceOf(StoreException.class)
                .satisfies(e -> {
                    UserMessages.assertPlain(e.getMessage());
                    assertThat(e.getMessage()).startsWith("the database jdbc:postgresql://127.0.0.1:9/nightshift cannot"
                            + " be reached").doesNotContain("hunter2")
                            .contains("check that the server runs and NIGHTSHIFT_DB_URL");
                    assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.UNREACHABLE);
                });
    }

    @Test
    void aWrongPasswordIsTheServersReasonInOneSentence() {
        TestDatabases.POSTGRESQL.url(home); // skips when no server answers
        used = TestDatabases.POSTGRESQL;
        SessionStore store = SessionStore.open(TestDatabases.POSTGRESQL.url(home), TestDatabases.POSTGRESQL.user(),
                "not-the-password");
        assertThatThrownBy(store::all).isInstanceOf(StoreException.class)
                .satisfies(e -> {
                    UserMessages.assertPlain(e.getMessage());
                    assertThat(e.getMessage()).contains("password authentication failed");
                });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
