package dev.nightshift.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The two databases a store runs on, for tests parameterised over both: an H2 file in a temporary home, and a schema
 * of its own on the PostgreSQL server of {@code NIGHTSHIFT_TEST_DB_URL} (default: the {@code nightshift_test}
 * database on 127.0.0.1 that {@code .ci/run} creates, user and password {@code nightshift}). A PostgreSQL test skips,
 * saying why, when no server answers there.
 */
public enum TestDatabases {
    H2, POSTGRESQL;

    private static final String URL = env("NIGHTSHIFT_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/nightshift_test");
    private static final String USER = env("NIGHTSHIFT_TEST_DB_USER", "nightshift");
    private static final String PASSWORD = env("NIGHTSHIFT_TEST_DB_PASSWORD", "nightshift");

    /** Both, for {@code @EnumSource} or {@code @MethodSource}. */
    public static Stream<TestDatabases> both() {
        return Stream.of(values());
    }

    /**
     * A fresh, empty database: the H2 file under {@code home}, or a new PostgreSQL schema. Every {@link #store} of
     * the same {@code home} opens the same one, as processes sharing a home (or a server) do.
     */
    public String url(Path home) {
        if (this == H2) {
            return "jdbc:h2:file:" + home.resolve("db/nightshift") + ";AUTO_SERVER=TRUE";
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema(home);
    }

    /** The H2 file of {@code home} as a plain data source (user sa), for a test that builds its store by hand. */
    public static org.h2.jdbcx.JdbcDataSource homeFile(Path home) {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + home.resolve("db/nightshift"));
        ds.setUser("sa");
        return ds;
    }

    /** A store on this database, as one process would open it. */
    public SessionStore store(Path home) {
        return this == H2 ? SessionStore.open(url(home), "sa", "") : SessionStore.open(url(home), USER, PASSWORD);
    }

    /** A plain connection to the same database, for a test that reaches under the store. */
    public Connection connect(Path home) throws SQLException {
        return this == H2 ? DriverManager.getConnection(url(home), "sa", "")
                : DriverManager.getConnection(url(home), USER, PASSWORD);
    }

    public String user() {
        return this == H2 ? "sa" : USER;
    }

    public String password() {
        return this == H2 ? "" : PASSWORD;
    }

    /** The schema a home's PostgreSQL tests use, created on first use (a home is a fresh temporary directory). */
    private static synchronized String schema(Path home) {
        Path marker = home.resolve("pg-schema");
        try {
            if (java.nio.file.Files.exists(marker)) {
                return java.nio.file.Files.readString(marker).strip();
            }
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = serverConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            java.nio.file.Files.writeString(marker, schema);
            return schema;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("creating a test schema on " + URL, e);
        }
    }

    private static Connection serverConnection() throws SQLException {
        try {
            return DriverManager.getConnection(URL, USER, PASSWORD);
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL server answers at " + URL + " as " + USER + " (" + e.getMessage()
                    + "); .ci/run installs and starts one, or set NIGHTSHIFT_TEST_DB_URL, _USER and _PASSWORD");
            throw e;
        }
    }

    /** Drops the schema a home's PostgreSQL tests used (nothing for H2, whose file goes with the home). */
    public void drop(Path home) {
        Path marker = home.resolve("pg-schema");
        if (this == H2 || !java.nio.file.Files.exists(marker)) {
            return;
        }
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + java.nio.file.Files.readString(marker).strip() + " CASCADE");
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("dropping a test schema on " + URL, e);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
