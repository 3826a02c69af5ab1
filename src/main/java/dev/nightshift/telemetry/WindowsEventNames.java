package dev.nightshift.telemetry;

import java.util.Map;

/** The titles Windows gives its Security and Sysmon event ids, for formats that carry an event name. */
final class WindowsEventNames {

    private static final Map<Integer, String> SECURITY = Map.ofEntries(
            Map.entry(1102, "The audit log was cleared"),
            Map.entry(4624, "An account was successfully logged on"),
            Map.entry(4625, "An account failed to log on"),
            Map.entry(4634, "An account was logged off"),
            Map.entry(4672, "Special privileges assigned to new logon"),
            Map.entry(4688, "A new process has been created"),
            Map.entry(4720, "A user account was created"),
            Map.entry(4722, "A user account was enabled"),
            Map.entry(4728, "A member was added to a security-enabled global group"),
            Map.entry(4732, "A member was added to a security-enabled local group"),
            Map.entry(4740, "A user account was locked out"),
            Map.entry(4768, "A Kerberos authentication ticket (TGT) was requested"),
            Map.entry(4769, "A Kerberos service ticket was requested"),
            Map.entry(4771, "Kerberos pre-authentication failed"),
            Map.entry(4776, "The computer attempted to validate the credentials for an account"),
            Map.entry(5140, "A network share object was accessed"),
            Map.entry(5145, "A network share object was checked to see whether client can be granted desired access"));
    private static final Map<Integer, String> SYSMON = Map.of(
            1, "Process Create",
            3, "Network connection detected",
            10, "Process accessed",
            11, "File created",
            22, "Dns query");

    private WindowsEventNames() {
    }

    static String of(LogSource source, int id) {
        if (!"windows".equals(source.product())) {
            return null;
        }
        return "security".equals(source.service()) ? SECURITY.get(id)
                : source.category() != null ? SYSMON.get(id) : null;
    }
}
