package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Windows Security events beyond logons (see {@link WindowsSecurity}): special privileges (4672), process
 * creation (4688), group membership (4728, 4732), lockout (4740), Kerberos (4768, 4769, 4771), NTLM validation
 * (4776), share access (5140, 5145), service installation (4697) and the log cleared (1102), with native field names.
 */
final class WindowsAudit {

    /** Security 4688 is process creation too, as SigmaHQ and every SIEM's Sigma mapping file it. */
    static final LogSource PROCESS_CREATION = new LogSource("windows", "process_creation", "security");
    static final String ADMIN_PRIVILEGES = "SeSecurityPrivilege\n\t\t\tSeBackupPrivilege\n\t\t\tSeRestorePrivilege\n\t\t\t"
            + "SeTakeOwnershipPrivilege\n\t\t\tSeDebugPrivilege\n\t\t\tSeSystemEnvironmentPrivilege\n\t\t\tSeLoadDriverPrivilege\n\t\t\t"
            + "SeImpersonatePrivilege\n\t\t\tSeDelegateSessionUserImpersonatePrivilege";

    private WindowsAudit() {
    }

    /** The account behind an audited action: SID, name, domain and logon id. */
    record Subject(String sid, String name, String domain, String logonId) {
    }

    static Event specialPrivileges(Instant t, String host, String fqdn, Subject s, Truth truth) {
        Map<String, Object> f = WindowsSecurity.header(4672, fqdn);
        subject(f, s);
        f.put("PrivilegeList", ADMIN_PRIVILEGES);
        return event(t, host, f, truth);
    }

    static Event processCreated(Instant t, String host, String fqdn, Subject s, Proc p, Truth truth) {
        Map<String, Object> f = WindowsSecurity.header(4688, fqdn);
        subject(f, s);
        f.put("NewProcessId", hex(p.pid()));
        f.put("NewProcessName", p.image());
        f.put("TokenElevationType", p.integrity().equals("High") ? "%%1937" : "%%1938");
        f.put("ProcessId", hex(p.parentPid()));
        f.put("CommandLine", p.commandLine());
        f.put("TargetUserSid", "S-1-0-0");
        f.put("TargetUserName", "-");
        f.put("TargetDomainName", "-");
        f.put("TargetLogonId", "0x0");
        f.put("ParentProcessName", p.parentImage());
        f.put("MandatoryLabel", switch (p.integrity()) {
            case "System" -> "S-1-16-16384";
            case "High" -> "S-1-16-12288";
            default -> "S-1-16-8192";
        });
        sysmonNames(f);
        return new Event(0, t, PROCESS_CREATION, host, ReadOnlyFields.own(f), truth);
    }

    /**
     * The names a SIEM's process-creation mapping gives a 4688's values, as the built-in {@code windows-audit}
     * pipeline adds them to a real one, so that rules written for Sysmon read both: the new image, the parent image,
     * the creator's process id as the parent's, the integrity label, the session and the user as DOMAIN\name. The
     * native {@code ProcessId} (the creator's) keeps its meaning.
     */
    private static void sysmonNames(Map<String, Object> f) {
        f.put("Image", f.get("NewProcessName"));
        f.put("ParentImage", f.get("ParentProcessName"));
        f.put("ParentProcessId", f.get("ProcessId"));
        f.put("IntegrityLevel", f.get("MandatoryLabel"));
        f.put("LogonId", f.get("SubjectLogonId"));
        f.put("User", f.get("SubjectDomainName") + "\\" + f.get("SubjectUserName"));
    }

    /** 4728 (global group) or 4732 (local group): {@code member} was added to {@code group}. */
    static Event memberAdded(Instant t, String host, String fqdn, boolean global, String memberDn, String memberSid,
                             String group, String groupDomain, String groupSid, Subject s, Truth truth) {
        Map<String, Object> f = WindowsSecurity.header(global ? 4728 : 4732, fqdn);
        f.put("MemberName", memberDn);
        f.put("MemberSid", memberSid);
        f.put("TargetUserName", group);
        f.put("TargetDomainName", groupDomain);
        f.put("TargetSid", groupSid);
        subject(f, s);
        f.put("PrivilegeList", "-");
        return event(t, host, f, truth);
    }

    static Event lockedOut(Instant t, String dc, String fqdn, String user, String userSid, String callerComputer, Subject dcAccount,
                           Truth truth) {
        Map<String, Object> f = WindowsSecurity.header(4740, fqdn);
        f.put("TargetUserName", user);
        f.put("TargetDomainName", callerComputer);
        f.put("TargetSid", userSid);
        subject(f, dcAccount);
        return event(t, dc, f, truth);
    }

    static Event ticketGranted(Instant t, String dc, String fqdn, String user, String domain, String userSid, String status,
                               String ip, int port, Truth truth) {
        Map<String, Object> f = WindowsSecurity.header(4768, fqdn);
        f.put("TargetUserName", user);
        f.put("TargetDomainName", domain);
        f.put("TargetSid", userSid);
        f.put("ServiceName", "krbtgt");
        f.put("ServiceSid", "S-1-5-21-0-0-0-502");
        f.put("TicketOptions", "0x40810010");
        f.put("Status", status);
        f.put("TicketEncryptionType", status.equals("0x0") ? "0x12" : "0xffffffff");
        f.put("PreAuthType", status.equals("0x0") ? "2" : "-");
        f.put("IpAddress", "::ffff:" + ip);
        f.put("IpPort", port);
        f.put("CertIssuerName", "");
        f.put("CertSerialNumber", "");
        f.put("CertThumbprint", "");
        return event(t, dc, f, truth);
    }

    static Event serviceTicket(Instant t, String dc, String fqdn, String user, String domain, String service, String serviceSid,
                               String encryption, String ip, int port, String logonGuid, Truth truth) {
        Map<String, Object> f = WindowsSecurity.header(4769, fqdn);
        f.put("TargetUserName", user + "@" + domain);
        f.put("TargetDomainName", domain);
        f.put("ServiceName", service);
        f.put("ServiceSid", serviceSid);
        f.put("TicketOptions", encryption.equals("0x17") ? "0x40800000" : "0x40810000");
        f.put("TicketEncryptionType", encryption);
        f.put("IpAddress", "::ffff:" + ip);
        f.put("IpPort", port);
        f.put("Status", "0x0");
        f.put("LogonGuid", logonGuid);
        f.put("TransmittedServices", "-");
        return event(t, dc, f, truth);
    }

    static Event preAuthFailed(Instant t, String dc, String fqdn, String user, String userSid, String status, String ip, int port,
                               Truth truth) {
        Map<String, Object> f = WindowsSecurity.header(4771, fqdn);
        f.put("TargetUserName", user);
        f.put("TargetSid", userSid);
        f.put("ServiceName", "krbtgt/" + fqdn.substring(fqdn.indexOf('.') + 1).toUpperCase(java.util.Locale.ROOT));
        f.put("TicketOptions", "0x40810010");
        f.put("Status", status);
        f.put("PreAuthType", "2");
        f.put("IpAddress", "::ffff:" + ip);
        f.put("IpPort", port);
        return event(t, dc, f, truth);
    }

    static Event credentialValidation(Instant t, String dc, String fqdn, String user, String workstation, String status, Truth truth) {
        Map<String, Object> f = WindowsSecurity.header(4776, fqdn);
        f.put("PackageName", "MICROSOFT_AUTHENTICATION_PACKAGE_V1_0");
        f.put("TargetUserName", user);
        f.put("Workstation", workstation);
        f.put("Status", status);
        return event(t, dc, f, truth);
    }

    /** 5140 when {@code relativeTarget} is null, else 5145 for that file inside the share. */
    static Event shareAccess(Instant t, String host, String fqdn, Subject s, String ip, int port, String share, String localPath,
                             String relativeTarget, String accessMask, Truth truth) {
        Map<String, Object> f = WindowsSecurity.header(relativeTarget == null ? 5140 : 5145, fqdn);
        subject(f, s);
        f.put("ObjectType", "File");
        f.put("IpAddress", ip);
        f.put("IpPort", port);
        f.put("ShareName", share);
        f.put("ShareLocalPath", localPath);
        if (relativeTarget != null) {
            f.put("RelativeTargetName", relativeTarget);
        }
        f.put("AccessMask", accessMask);
        f.put("AccessList", accessMask.equals("0x1") ? "%%4416" : "%%4417");
        if (relativeTarget != null) {
            f.put("AccessReason", "-");
        }
        return event(t, host, f, truth);
    }

    static Event serviceInstalled(Instant t, String host, String fqdn, Subject s, String service, String file, Truth truth) {
        Map<String, Object> f = WindowsSecurity.header(4697, fqdn);
        subject(f, s);
        f.put("ServiceName", service);
        f.put("ServiceFileName", file);
        f.put("ServiceType", "0x10");
        f.put("ServiceStartType", "3");
        f.put("ServiceAccount", "LocalSystem");
        return event(t, host, f, truth);
    }

    static Event logCleared(Instant t, String host, String fqdn, Subject s, Truth truth) {
        Map<String, Object> f = new LinkedHashMap<>(64);
        f.put("EventID", 1102);
        f.put("Channel", "Security");
        f.put("Provider_Name", "Microsoft-Windows-Eventlog");
        f.put("Computer", fqdn);
        subject(f, s);
        return event(t, host, f, truth);
    }

    static String hex(int pid) {
        return "0x" + Integer.toHexString(pid);
    }

    private static void subject(Map<String, Object> f, Subject s) {
        f.put("SubjectUserSid", s.sid());
        f.put("SubjectUserName", s.name());
        f.put("SubjectDomainName", s.domain());
        f.put("SubjectLogonId", s.logonId());
    }

    private static Event event(Instant t, String host, Map<String, Object> f, Truth truth) {
        return new Event(0, t, WindowsSecurity.SOURCE, host, ReadOnlyFields.own(f), truth);
    }
}
