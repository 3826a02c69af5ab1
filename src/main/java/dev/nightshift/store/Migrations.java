package dev.nightshift.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Applies the versioned schema scripts ({@code /db/V<n>__*.sql}) that a database has not seen yet, in order. */
final class Migrations {

    static final List<String> SCRIPTS = List.of("V1__sessions.sql", "V2__wall_clock.sql", "V3__unbounded_values.sql",
            "V4__hints.sql");

    private Migrations() {
    }

    /** Applies what is missing and says whether there was anything. */
    static boolean apply(JdbcClient jdbc) {
        jdbc.sql("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, script VARCHAR(256) NOT NULL)")
                .update();
        int applied = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM schema_version").query(Integer.class).single();
        for (int version = applied + 1; version <= SCRIPTS.size(); version++) {
            String script = SCRIPTS.get(version - 1);
            for (String statement : statements(read(script))) {
                jdbc.sql(statement).update();
            }
            jdbc.sql("INSERT INTO schema_version (version, script) VALUES (?, ?)").params(version, script).update();
        }
        return applied < SCRIPTS.size();
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
