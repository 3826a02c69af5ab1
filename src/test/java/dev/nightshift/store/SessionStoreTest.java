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
    void migrationSplitsStatementsAndSkipsComments() {
        assertThat(Migrations.statements("-- a comment\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (y INT);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }
}
