package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Windows Security log events nightshift emits (4624, 4625, 4634, 4720, 4722), with their native
 * {@code EventData} field names in the order Windows writes them.
 */
final class WindowsSecurity {

    static final LogSource SOURCE = LogSource.service("windows", "security");
    static final String WRONG_PASSWORD = "0xC000006A";
    static final String NO_SUCH_USER = "0xC0000064";
    static final String DISABLED = "0xC0000072";
    private static final String BAD_CREDENTIALS = "0xC000006D";
    private static final String ACCOUNT_RESTRICTION = "0xC000006E";

    private WindowsSecurity() {
    }

    static Event logon(Instant time, Logon l, Truth truth) {
        Map<String, Object> f = header(4624, l.fqdn());
        subject(f, l);
        f.put("TargetUserSid", l.userSid());
        f.put("TargetUserName", l.user());
        f.put("TargetDomainName", l.domain());
        f.put("TargetLogonId", l.logonId());
        method(f, l);
        f.put("LogonGuid", l.logonGuid());
        f.put("TransmittedServices", "-");
        lm(f, l);
        process(f, l);
        f.put("IpAddress", l.ip());
        f.put("IpPort", l.port());
        f.put("ImpersonationLevel", "%%1833");
        f.put("RestrictedAdminMode", l.logonType() == 10 ? "%%1843" : "-");
        f.put("VirtualAccount", "%%1843");
        f.put("ElevatedToken", l.logonType() == 5 ? "%%1842" : "%%1843");
        return new Event(0, time, SOURCE, l.computer(), ReadOnlyFields.own(f), truth);
    }

    static Event failure(Instant time, Logon l, String subStatus, Truth truth) {
        Map<String, Object> f = header(4625, l.fqdn());
        subject(f, l);
        f.put("TargetUserSid", Logon.NULL_SID);
        f.put("TargetUserName", l.user());
        f.put("TargetDomainName", l.domain());
        boolean disabled = subStatus.equals(DISABLED);
        f.put("Status", disabled ? ACCOUNT_RESTRICTION : BAD_CREDENTIALS);
        f.put("FailureReason", disabled ? "%%2310" : "%%2313");
        f.put("SubStatus", subStatus);
        method(f, l);
        f.put("TransmittedServices", "-");
        lm(f, l);
        process(f, l);
        f.put("IpAddress", l.ip());
        f.put("IpPort", l.port());
        return new Event(0, time, SOURCE, l.computer(), ReadOnlyFields.own(f), truth);
    }

    static Event logoff(Instant time, Logon l, Truth truth) {
        Map<String, Object> f = header(4634, l.fqdn());
        f.put("TargetUserSid", l.userSid());
        f.put("TargetUserName", l.user());
        f.put("TargetDomainName", l.domain());
        f.put("TargetLogonId", l.logonId());
        f.put("LogonType", l.logonType());
        return new Event(0, time, SOURCE, l.computer(), ReadOnlyFields.own(f), truth);
    }

    /** 4720: {@code creator} (SID, name, logon id) created {@code account} with SID {@code accountSid} in {@code domain}. */
    static Event accountCreated(Instant time, String computer, String fqdn, String domain, String creatorSid,
                                String creator, String creatorLogonId, String account, String accountSid, Truth truth) {
        Map<String, Object> f = header(4720, fqdn);
        accountAndActor(f, domain, creatorSid, creator, creatorLogonId, account, accountSid);
        f.put("PrivilegeList", "-");
        f.put("SamAccountName", account);
        f.put("DisplayName", "%%1793");
        f.put("UserPrincipalName", "-");
        f.put("HomeDirectory", "%%1793");
        f.put("HomePath", "%%1793");
        f.put("ScriptPath", "%%1793");
        f.put("ProfilePath", "%%1793");
        f.put("UserWorkstations", "%%1793");
        f.put("PasswordLastSet", "%%1794");
        f.put("AccountExpires", "%%1794");
        f.put("PrimaryGroupId", "513");
        f.put("AllowedToDelegateTo", "-");
        f.put("OldUacValue", "0x0");
        f.put("NewUacValue", "0x15");
        f.put("UserAccountControl", "%%2080 %%2082 %%2084");
        f.put("UserParameters", "%%1793");
        f.put("SidHistory", "-");
        f.put("LogonHours", "%%1797");
        return new Event(0, time, SOURCE, computer, ReadOnlyFields.own(f), truth);
    }

    /** 4722: {@code creator} enabled {@code account}. */
    static Event accountEnabled(Instant time, String computer, String fqdn, String domain, String creatorSid,
                                String creator, String creatorLogonId, String account, String accountSid, Truth truth) {
        Map<String, Object> f = header(4722, fqdn);
        accountAndActor(f, domain, creatorSid, creator, creatorLogonId, account, accountSid);
        return new Event(0, time, SOURCE, computer, ReadOnlyFields.own(f), truth);
    }

    /** The account acted on and the account that acted, as 4720 and 4722 write them. */
    private static void accountAndActor(Map<String, Object> f, String domain, String creatorSid, String creator,
                                        String creatorLogonId, String account, String accountSid) {
        f.put("TargetUserName", account);
        f.put("TargetDomainName", domain);
        f.put("TargetSid", accountSid);
        f.put("SubjectUserSid", creatorSid);
        f.put("SubjectUserName", creator);
        f.put("SubjectDomainName", domain);
        f.put("SubjectLogonId", creatorLogonId);
    }

    /** The fields every Security event starts with: its id, channel, provider and computer. */
    static Map<String, Object> header(int eventId, String fqdn) {
        Map<String, Object> f = new LinkedHashMap<>(64);
        f.put("EventID", eventId);
        f.put("Channel", "Security");
        f.put("Provider_Name", "Microsoft-Windows-Security-Auditing");
        f.put("Computer", fqdn);
        return f;
    }

    private static void subject(Map<String, Object> f, Logon l) {
        boolean local = l.localRequest();
        f.put("SubjectUserSid", local ? Logon.SYSTEM_SID : Logon.NULL_SID);
        f.put("SubjectUserName", local ? l.computer() + "$" : "-");
        f.put("SubjectDomainName", local ? l.hostDomain() : "-");
        f.put("SubjectLogonId", local ? "0x3e7" : "0x0");
    }

    private static void method(Map<String, Object> f, Logon l) {
        f.put("LogonType", l.logonType());
        f.put("LogonProcessName", l.logonProcess());
        f.put("AuthenticationPackageName", l.authPackage());
        f.put("WorkstationName", l.workstation());
    }

    private static void lm(Map<String, Object> f, Logon l) {
        boolean ntlm = l.authPackage().equals("NTLM");
        f.put("LmPackageName", ntlm ? "NTLM V2" : "-");
        f.put("KeyLength", ntlm ? 128 : 0);
    }

    private static void process(Map<String, Object> f, Logon l) {
        switch (l.logonType()) {
            case 5 -> {
                f.put("ProcessId", "0x2b4");
                f.put("ProcessName", "C:\\Windows\\System32\\services.exe");
            }
            case 2, 7, 10, 11 -> {
                f.put("ProcessId", "0x3c8");
                f.put("ProcessName", "C:\\Windows\\System32\\svchost.exe");
            }
            default -> {
                f.put("ProcessId", "0x0");
                f.put("ProcessName", "-");
            }
        }
    }
}
