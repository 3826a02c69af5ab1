package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The OpenSSH server lines nightshift emits, as parsed auth.log records: {@code program}, {@code pid}, {@code message} and the parsed fields. */
final class Sshd {

    static final LogSource SOURCE = LogSource.service("linux", "sshd");

    private Sshd() {
    }

    static Event accepted(Instant t, String host, int pid, String user, String method, String ip, int port,
                          String keyInfo, Truth truth) {
        String suffix = keyInfo == null ? "" : ": " + keyInfo;
        return event(t, host, pid, "Accepted " + method + " for " + user + " from " + ip + " port " + port + " ssh2" + suffix,
                user, ip, port, truth);
    }

    static Event failedPassword(Instant t, String host, int pid, String user, String ip, int port, Truth truth) {
        return event(t, host, pid, "Failed password for " + user + " from " + ip + " port " + port + " ssh2", user, ip, port, truth);
    }

    static Event invalidUser(Instant t, String host, int pid, String user, String ip, int port, Truth truth) {
        return event(t, host, pid, "Invalid user " + user + " from " + ip + " port " + port, user, ip, port, truth);
    }

    static Event sessionOpened(Instant t, String host, int pid, String user, int uid, Truth truth) {
        return event(t, host, pid, "pam_unix(sshd:session): session opened for user " + user + "(uid=" + uid + ") by (uid=0)",
                user, null, 0, truth);
    }

    static Event receivedDisconnect(Instant t, String host, int pid, String ip, int port, Truth truth) {
        return event(t, host, pid, "Received disconnect from " + ip + " port " + port + ":11: disconnected by user",
                null, ip, port, truth);
    }

    static Event disconnected(Instant t, String host, int pid, String user, String ip, int port, Truth truth) {
        return event(t, host, pid, "Disconnected from user " + user + " " + ip + " port " + port, user, ip, port, truth);
    }

    static Event sessionClosed(Instant t, String host, int pid, String user, Truth truth) {
        return event(t, host, pid, "pam_unix(sshd:session): session closed for user " + user, user, null, 0, truth);
    }

    private static Event event(Instant t, String host, int pid, String message, String user, String ip, int port, Truth truth) {
        Map<String, Object> f = new LinkedHashMap<>(64);
        f.put("program", "sshd");
        f.put("pid", pid);
        f.put("message", message);
        if (user != null) {
            f.put("user", user);
        }
        if (ip != null) {
            f.put("src_ip", ip);
            f.put("src_port", port);
        }
        return new Event(0, t, SOURCE, host, ReadOnlyFields.own(f), truth);
    }
}
