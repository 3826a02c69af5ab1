package dev.nightshift.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that counts every write (a statement that changes data or schema, a checkpoint, a commit) and fails
 * the n-th one with the exception a failing disk gives, instead of performing it.
 */
public final class FaultyDataSource implements DataSource {

    /** The failures H2 raises when its file cannot be written: what each looks like to a JDBC caller. */
    public enum Fault {
        DISK_FULL(() -> new SQLException("IO Exception: \"Writing to nio:/home/db/nightshift.mv.db failed\" [90028-232]",
                "90028", 90028, new IOException("No space left on device"))),
        IO_ERROR(() -> new SQLException("IO Exception: \"Writing to nio:/home/db/nightshift.mv.db failed\" [90028-232]",
                "90028", 90028, new IOException("Input/output error"))),
        CLOSED(() -> new SQLException("Database is already closed [90098-232]", "90098", 90098));

        private final Supplier<SQLException> raise;

        Fault(Supplier<SQLException> raise) {
            this.raise = raise;
        }

        public SQLException raise() {
            return raise.get();
        }
    }

    private final DataSource target;
    private final long failAt;
    private final Fault fault;
    private long writes;

    /** Fails write number {@code failAt} (from 1; 0 never fails) with {@code fault}. */
    public FaultyDataSource(DataSource target, long failAt, Fault fault) {
        this.target = target;
        this.failAt = failAt;
        this.fault = fault;
    }

    /** How many writes were attempted so far, the failed one included. */
    public long writes() {
        return writes;
    }

    private void write() throws SQLException {
        if (++writes == failAt) {
            throw fault.raise();
        }
    }

    private static boolean writes(String sql) {
        String verb = sql.stripLeading().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        return switch (verb) {
            case "INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "ALTER", "DROP", "CHECKPOINT" -> true;
            default -> false;
        };
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(target.getConnection(user, password));
    }

    private Connection wrap(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("commit")) {
                write();
            }
            Object result = invoke(connection, method, args);
            if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
                return statement(statement, PreparedStatement.class, sql);
            }
            if (result instanceof Statement statement) {
                return statement(statement, Statement.class, null);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private <T extends Statement> T statement(T statement, Class<T> type, String prepared) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute")) {
                String sql = prepared != null ? prepared : args != null && args[0] instanceof String s ? s : "";
                if (writes(sql)) {
                    write();
                }
            }
            return invoke(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
