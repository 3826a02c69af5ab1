package dev.nightshift.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applies the versioned schema scripts ({@code /db/V<n>__*.sql}) that a database has not seen yet, in the order of
 * their numbers, each statement in the database's own words ({@link Dialect}). A script is known by its number, so
 * scripts numbered apart (sessions from 1, the proctored server from 10, cohorts from 20) are each applied once,
 * whichever a database saw first.
 */
final class Migrations {

    /**
     * Every script, by version; versions may leave gaps (V10 on belong to assessments, V20 on to cohorts), and a
     * database takes each script it has not recorded, in version order.
     */
    static final List<String> SCRIPTS = List.of("V1__sessions.sql", "V2__wall_clock.sql", "V3__unbounded_values.sql",
            "V4__journal_wall_time.sql", "V5__hints.sql", "V6__queue_view.sql", "V7__shift_snapshot.sql",
            "V10__assessments.sql", "V20__cohort.sql");

    private Migrations() {
    }

    /** Applies what is missing and says whether there was anything. */
    static boolean apply(JdbcClient jdbc, Dialect dialect) {
        dialect.lockSchema(jdbc);
        jdbc.sql("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, script VARCHAR(256) NOT NULL)")
                .update();
        java.util.Set<Integer> applied = new java.util.HashSet<>(
                jdbc.sql("SELECT version FROM schema_version").query(Integer.class).list());
        boolean any = false;
        for (String script : SCRIPTS.stream().sorted(java.util.Comparator.comparingInt(Migrations::version)).toList()) {
            int version = version(script);
            if (applied.contains(version)) {
                continue;
            }
            try {
                for (String statement : statements(read(script))) {
                    jdbc.sql(dialect.statement(statement)).update();
                }
                jdbc.sql("INSERT INTO schema_version (version, script) VALUES (?, ?)").params(version, script).update();
            } catch (org.springframework.dao.DataAccessException raced) {
                // On H2 two processes opening a fresh home at once can both start a script (its schema statements
                // commit as they go); the one that finds the other's work waits for it to be recorded.
                if (!recordedSoon(jdbc, version)) {
                    throw raced;
                }
                continue;
            }
            any = true;
        }
        return any;
    }

    private static boolean recordedSoon(JdbcClient jdbc, int version) {
        for (int look = 0; look < 40; look++) {
            if (jdbc.sql("SELECT COUNT(*) FROM schema_version WHERE version = ?").param(version).query(Integer.class)
                    .single() > 0) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** The version a script's name gives: {@code V10__assessments.sql} is 10. */
    static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    static List<String> statements(String sql) {
        String withoutComments = sql.lines()
                .filter(line -> !line.stripLeading().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return java.util.Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new IllegalStateException("schema script /db/" + script + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
