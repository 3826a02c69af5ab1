package dev.nightshift.telemetry;

/**
 * Where an event comes from, in Sigma's logsource terms: {@code product} (windows, linux, aws),
 * {@code category} (process_creation, ...) and {@code service} (security, sshd, ...). Absent parts are null.
 */
public record LogSource(String product, String category, String service) implements java.io.Serializable {

    /** Written out, since readers look every event's logsource up (the generated methods go through a call site). */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof LogSource o && java.util.Objects.equals(product, o.product)
                && java.util.Objects.equals(category, o.category) && java.util.Objects.equals(service, o.service);
    }

    @Override
    public int hashCode() {
        return (java.util.Objects.hashCode(product) * 31 + java.util.Objects.hashCode(category)) * 31
                + java.util.Objects.hashCode(service);
    }

    public static LogSource service(String product, String service) {
        return new LogSource(product, null, service);
    }

    public static LogSource category(String product, String category) {
        return new LogSource(product, category, null);
    }
}
