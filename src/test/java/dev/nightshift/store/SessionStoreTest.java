package dev.nightshift.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {

    @TempDir
    Path home;

    private JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + home.resolve("db/nightshift"));
        ds.setUser("sa");
        return ds;
    }

    @Test
    void sessionAndJournalSurviveARestart() {
        SessionStore first = new SessionStore(dataSource());
        SessionRecord record = first.create("tutorial-brute-force", "analyst", 7, "manual", null);
        assertThat(record.id()).isEqualTo("S-0001");
        assertThat(first.append(record.id(), "[\"wait\",\"PT15M\"]")).isEqualTo(1);
        assertThat(first.append(record.id(), "[\"next\"]")).isEqualTo(2);

        SessionStore second = new SessionStore(dataSource());
        assertThat(second.current()).contains(record);
        assertThat(second.journal(record.id())).containsExactly("[\"wait\",\"PT15M\"]", "[\"next\"]");
        assertThat(second.create("tutorial-brute-force", "analyst", 8, "realtime:60", "ada", 1_764_316_800_000L).id())
                .isEqualTo("S-0002");
        assertThat(second.current().orElseThrow().seed()).isEqualTo(8);
        assertThat(second.current().orElseThrow().wallStarted()).isEqualTo(1_764_316_800_000L);
        assertThat(second.find(record.id()).orElseThrow().wallStarted()).isNull();
    }

    @Test
    void endingKeepsTheScoreAndTheCurrentPointerMoves() {
        SessionStore store = new SessionStore(dataSource());
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

    @Test
    void aJournalEntryThatNoLongerMatchesItsChecksumIsReportedDamaged() throws Exception {
        SessionStore store = new SessionStore(dataSource(), "/home/db/nightshift.mv.db");
        SessionRecord record = store.create("tutorial-brute-force", "analyst", 7, "manual", null);
        store.append(record.id(), "[\"wait\",\"PT15M\"]");
        try (java.sql.Connection c = dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("UPDATE journal SET action = '[\"wait\",\"PT16M\"]'");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.journal(record.id()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("entry 1 of session S-0001's journal in /home/db/nightshift.mv.db is damaged;");
    }

    @Test
    void migrationSplitsStatementsAndSkipsComments() {
        assertThat(Migrations.statements("-- a comment\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (y INT);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }
}
