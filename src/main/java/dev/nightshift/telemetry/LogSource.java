package dev.nightshift.telemetry;

/**
 * Where an event comes from, in Sigma's logsource terms: {@code product} (windows, linux, aws),
 * {@code category} (process_creation, ...) and {@code service} (security, sshd, ...). Absent parts are null.
 */
public record LogSource(String product, String category, String service) implements java.io.Serializable {

    public static LogSource service(String product, String service) {
        return new LogSource(product, null, service);
    }

    public static LogSource category(String product, String category) {
        return new LogSource(product, category, null);
    }
}
