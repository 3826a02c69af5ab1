package dev.nightshift.telemetry;

import java.util.Objects;

/**
 * One logon attempt as the Windows Security log sees it on {@code computer} (a member of {@code hostDomain}): who (SID, name, domain), how
 * (logon type, authentication package), from where (IP, port, client name) and the session's logon id and GUID.
 */
record Logon(String computer, String fqdn, String hostDomain, String userSid, String user, String domain, int logonType,
             String authPackage, String ip, String port, String workstation, String logonId, String logonGuid) {

    static final String NULL_SID = "S-1-0-0";
    static final String SYSTEM_SID = "S-1-5-18";
    static final String NO_GUID = "{00000000-0000-0000-0000-000000000000}";

    Logon {
        Objects.requireNonNull(computer, "computer");
        Objects.requireNonNull(fqdn, "fqdn");
        Objects.requireNonNull(hostDomain, "hostDomain");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(authPackage, "authPackage");
        userSid = userSid == null ? NULL_SID : userSid;
        domain = domain == null ? "-" : domain;
        ip = ip == null ? "-" : ip;
        port = port == null ? "-" : port;
        workstation = workstation == null ? "-" : workstation;
        logonId = logonId == null ? "0x0" : logonId;
        logonGuid = logonGuid == null ? NO_GUID : logonGuid;
    }

    /** Whether the computer's own account requested the logon (interactive, unlock, service, remote desktop). */
    boolean localRequest() {
        return logonType != 3;
    }

    String logonProcess() {
        return switch (logonType) {
            case 2, 7, 10, 11 -> "User32";
            case 5 -> "Advapi";
            default -> authPackage.equals("Kerberos") ? "Kerberos" : "NtLmSsp";
        };
    }
}
