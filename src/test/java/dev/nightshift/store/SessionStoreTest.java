package dev.nightshift.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store on both databases it runs on: the embedded H2 file and a PostgreSQL server (skipped when none answers). */
class SessionStoreTest {

    @TempDir
    Path home;

    private TestDatabases used;

    @AfterEach
    void dropSchema() {
        if (used != null) {
            used.drop(home);
        }
    }

    private SessionStore store(TestDatabases db) {
        used = db;
        return db.store(home);
    }

    private JdbcDataSource dataSource() {
        return TestDatabases.homeFile(home);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void sessionAndJournalSurviveARestart(TestDatabases db) {
        SessionStore first = store(db);
        SessionRecord record = first.create("tutorial-brute-force", "analyst", 7, "manual", null);
        assertThat(record.id()).isEqualTo("S-0001");
        assertThat(first.append(record.id(), "[\"wait\",\"PT15M\"]")).isEqualTo(1);
        assertThat(first.append(record.id(), "[\"next\"]")).isEqualTo(2);

        SessionStore second = store(db);
        assertThat(second.current()).contains(record);
        assertThat(second.journal(record.id())).containsExactly("[\"wait\",\"PT15M\"]", "[\"next\"]");
        assertThat(second.create("tutorial-brute-force", "analyst", 8, "realtime:60", "ada", 1_764_316_800_000L).id())
                .isEqualTo("S-0002");
        assertThat(second.current().orElseThrow().seed()).isEqualTo(8);
        assertThat(second.current().orElseThrow().wallStarted()).isEqualTo(1_764_316_800_000L);
        assertThat(second.find(record.id()).orElseThrow().wallStarted()).isNull();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void endingKeepsTheScoreAndTheCurrentPointerMoves(TestDatabases db) {
        SessionStore store = store(db);
        SessionRecord a = store.create("a", "analyst", 1, "manual", null);
        SessionRecord b = store.create("b", "engineer", 2, "manual", null);
        store.end(a.id(), "{\"total\":80}");
        assertThat(store.find(a.id()).orElseThrow().status()).isEqualTo(SessionRecord.Status.ENDED);
        assertThat(store.score(a.id())).contains("{\"total\":80}");
        assertThat(store.current()).contains(b);
        store.setCurrent(a.id());
        assertThat(store.current().orElseThrow().id()).isEqualTo(a.id());
        assertThat(store.all()).extracting(SessionRecord::id).containsExactly("S-0001", "S-0002");
    }

    @Test
    void aDatabaseOfTheFirstSchemaTakesActionsOfAnyLengthAndKeepsItsOldJournal() throws Exception {
        JdbcDataSource ds = dataSource();
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, script VARCHAR(256) NOT NULL)");
            for (String statement : Migrations.statements(new String(getClass().getResourceAsStream(
                    "/db/V1__sessions.sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
                s.execute(statement);
            }
            s.execute("INSERT INTO schema_version VALUES (1, 'V1__sessions.sql')");
            s.execute("INSERT INTO session (id, scenario, role, seed, pace, status) VALUES"
                    + " ('S-0001', 'tutorial-brute-force', 'analyst', 7, 'manual', 'ACTIVE')");
            s.execute("INSERT INTO journal VALUES ('S-0001', 1, '[\"next\"]')");
        }
        SessionStore store = new SessionStore(ds);
        String note = "[\"triage\",\"A-001\",\"benign\",\"\",\"" + "x".repeat(100_000) + "\"]";
        assertThat(store.append("S-0001", note)).isEqualTo(2);
        assertThat(store.appendAt("S-0001", 2, "[\"next\"]")).as("entry 2 is taken").isFalse();
        assertThat(store.appendAt("S-0001", 3, "[\"next\"]")).isTrue();
        assertThat(new SessionStore(dataSource()).journal("S-0001")).containsExactly("[\"next\"]", note, "[\"next\"]");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aJournalEntryThatNoLongerMatchesItsChecksumIsReportedDamaged(TestDatabases db) throws Exception {
        SessionStore store = store(db);
        SessionRecord record = store.create("tutorial-brute-force", "analyst", 7, "manual", null);
        store.append(record.id(), "[\"wait\",\"PT15M\"]");
        try (java.sql.Connection c = db.connect(home); java.sql.Statement s = c.createStatement()) {
            s.execute("UPDATE journal SET action = '[\"wait\",\"PT16M\"]'");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.journal(record.id()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("entry 1 of session S-0001's journal in " + store.file() + " is damaged;")
                .satisfies(e -> dev.nightshift.UserMessages.assertPlain(e.getMessage()));
    }

    @Test
    void migrationSplitsStatementsAndSkipsComments() {
        assertThat(Migrations.statements("-- a comment\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (y INT);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }
}
