package dev.nightshift.scenario;

import static dev.nightshift.scenario.EntityKind.HOST;
import static dev.nightshift.scenario.EntityKind.IP;
import static dev.nightshift.scenario.EntityKind.USER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names scenario files may use for extension points (noise sources, look-alike kinds, stage emitters with
 * their parameters, and each technique's default emitter); the telemetry registries implement exactly these.
 */
public final class Vocabulary {

    /** The noise sources, by the key scenario files write under {@code noise[].source}. */
    public static final List<String> SOURCES = List.of("windows-logons", "windows-security", "sysmon", "linux-sshd",
            "dns", "web-proxy", "firewall", "vpn", "idp-signin", "cloudtrail", "email-gateway");

    private static final Map<String, LookalikeSpec> LOOKALIKES = new LinkedHashMap<>();
    private static final Map<String, EmitterSpec> EMITTERS = new LinkedHashMap<>();

    static {
        lookalike("password-typos", Param.whole("attempts", 1, 100, 6),
                "a user fails their own password several times from their workstation, then gets in");
        lookalike("vpn-abroad", null,
                "a travelling employee signs in from abroad, or through a VPN exit in another country, soon after an office sign-in");
        lookalike("admin-encoded-powershell", null,
                "the endpoint management agent runs an encoded PowerShell inventory script on a workstation");
        lookalike("backup-rename", Param.whole("files", 10, 5000, 400),
                "the nightly backup job renames many files on the file server to a new extension");
        lookalike("vulnerability-scan", Param.whole("hosts", 2, 500, 40),
                "the vulnerability scanner sweeps hosts and ports, with failed logons on the way");
        lookalike("password-change-lockout", Param.whole("attempts", 2, 100, 10),
                "after a password change a phone keeps the old one: failed logons, Kerberos failures, a lockout");
        lookalike("it-account-script", Param.whole("accounts", 1, 50, 3),
                "the helpdesk onboarding script creates accounts for new starters and adds them to groups");
        lookalike("telemetry-dns", Param.whole("queries", 2, 5000, 40),
                "a security product's telemetry client looks up long, random-looking names under its vendor's domain");
        lookalike("admin-share-access", Param.whole("hosts", 1, 200, 5),
                "an IT administrator's deployment tool opens ADMIN$ and C$ on several workstations");
        lookalike("large-upload", Param.whole("uploads", 1, 200, 6),
                "a marketing employee uploads large videos to the agency's file-sharing service");

        Set<EntityKind> ihu = Set.of(IP, HOST, USER);
        Set<EntityKind> hu = Set.of(HOST, USER);
        emitter("password-spray", ihu, "failed logons (4625) for many user names from one address, the stage's user among them",
                Param.whole("attempts", 2, 1000, 30), Param.duration("interval", "5s"), Param.whole("logon_type", 3, 10, 3));
        emitter("remote-logon", ihu, "a successful network logon of the stage's user from its address, then remote desktop",
                Param.whole("logon_type", 3, 10, 10));
        emitter("create-account", hu, "the stage's user creates (4720) and enables (4722) an account on a domain controller",
                Param.text("account", null));
        emitter("add-to-group", hu, "the stage's user adds an account to a privileged group (4728 global, 4732 local)",
                Param.text("group", "Domain Admins"), Param.text("member", ""));
        emitter("ssh-brute-force", Set.of(IP, HOST), "failed sshd passwords for one account from one address, invalid users among them",
                Param.whole("attempts", 2, 5000, 60), Param.duration("interval", "2s"), Param.text("account", "root"));
        emitter("vpn-logon", Set.of(IP, USER), "a VPN connection and identity-provider sign-in of the stage's user from its address", List.of());
        emitter("phishing-email", Set.of(IP, USER), "an email with a malicious attachment or link delivered to the stage's user",
                Param.text("sender", "accounts@invoice-portal.example"), Param.text("subject", "Overdue invoice 0042"),
                Param.text("attachment", "Invoice_0042.docm"));
        emitter("macro-execution", hu, "Word opens the document and its macro starts a command interpreter (Sysmon 1, 11)",
                Param.text("document", "Invoice_0042.docm"));
        emitter("powershell", hu, "hidden, encoded PowerShell (Sysmon 1, 4688) with its outbound connection when the stage has an ip (Sysmon 3)",
                Param.text("command", ""));
        emitter("process-commands", hu, "the command lines a real execution of the technique runs (Sysmon 1, 4688)",
                Param.text("command", ""));
        emitter("lsass-dump", hu, "a process opens lsass.exe (Sysmon 10 with GrantedAccess) and writes a dump (Sysmon 1, 11)",
                Param.text("method", "comsvcs"));
        emitter("kerberoast", hu, "service tickets requested with RC4 encryption (4769, 0x17) for several service accounts",
                Param.whole("services", 1, 50, 4));
        emitter("smb-lateral", hu, "a network logon, ADMIN$ access (5140, 5145), a service installed and its process on the target",
                Param.text("service", "PSEXESVC"));
        emitter("rdp-lateral", hu, "a remote desktop logon (4624 type 10) from the origin host with its TCP 3389 connection, or from the VPN pool when the stage has an ip", List.of());
        emitter("clear-logs", hu, "wevtutil clears the Security log (Sysmon 1) and the log records its own clearing (1102)", List.of());
        emitter("run-key", hu, "a registry Run key set to start a program at logon (Sysmon 13)",
                Param.text("value", "OneDriveUpdate"), Param.text("program", "C:\\Users\\Public\\updater.exe"));
        emitter("archive", hu, "7-Zip packs files into a password-protected archive (Sysmon 1, 11)",
                Param.text("archive", "C:\\Users\\Public\\Documents\\q3.7z"));
        emitter("share-harvest", hu, "many files read from a file share in a short time (5145)",
                Param.whole("files", 1, 5000, 150));
        emitter("http-beacon", Set.of(IP, HOST, USER), "HTTPS check-ins to a command-and-control domain at intervals with jitter (proxy, Sysmon 3)",
                Param.text("domain", "cdn-static-assets.example"), Param.duration("interval", "60s"), Param.whole("count", 1, 100000, 60));
        emitter("dns-tunnel", Set.of(HOST), "long, high-entropy DNS queries under one domain at beacon intervals (dns, Sysmon 22)",
                Param.text("domain", "cloud-sync-metrics.example"), Param.duration("interval", "20s"), Param.whole("count", 1, 100000, 120));
        emitter("tool-download", ihu, "a tool fetched over HTTP (proxy) and written to disk (Sysmon 11)",
                Param.text("url", "http://files.update-cdn.example/tools/svc.exe"));
        emitter("web-upload", hu, "large HTTP POST uploads to a file-sharing site (proxy, firewall)",
                Param.text("domain", "mega.nz"), Param.whole("uploads", 1, 10000, 20), Param.whole("megabytes", 1, 10000, 80));
        emitter("shadow-delete", hu, "volume shadow copies deleted and recovery disabled (vssadmin, wmic, bcdedit: Sysmon 1, 4688)", List.of());
        emitter("encrypt-files", hu, "files rewritten and renamed to a new extension at hundreds a minute, then ransom notes (Sysmon 11)",
                Param.whole("files", 1, 100000, 600), Param.whole("per_minute", 1, 100000, 300), Param.text("extension", ".locked"));
        emitter("aws-api", Set.of(IP, USER), "AWS API calls with a leaked access key (CloudTrail): identity, listing, object reads, policy changes",
                Param.whole("calls", 1, 100000, 40), Param.duration("interval", "15s"), Param.text("bucket", ""));
    }

    /** The default emitter of each technique nightshift can play, by technique id. */
    private static final Map<String, String> DEFAULTS = defaults();

    private Vocabulary() {
    }

    /** Every look-alike kind, in documentation order. */
    public static Map<String, LookalikeSpec> lookalikes() {
        return java.util.Collections.unmodifiableMap(LOOKALIKES);
    }

    /** Every emitter kind, in documentation order. */
    public static Map<String, EmitterSpec> emitters() {
        return java.util.Collections.unmodifiableMap(EMITTERS);
    }

    /** Technique id to its default emitter kind, for a stage without {@code emits.kind}. */
    public static Map<String, String> techniqueDefaults() {
        return DEFAULTS;
    }

    public static Optional<EmitterSpec> emitter(String kind) {
        return Optional.ofNullable(EMITTERS.get(kind));
    }

    public static Optional<LookalikeSpec> lookalike(String kind) {
        return Optional.ofNullable(LOOKALIKES.get(kind));
    }

    /** The emitter a stage of this technique uses when it names none. */
    public static Optional<String> defaultEmitter(String technique) {
        return Optional.ofNullable(DEFAULTS.get(technique));
    }

    private static void lookalike(String kind, Param size, String description) {
        LOOKALIKES.put(kind, new LookalikeSpec(kind, size, description));
    }

    private static void emitter(String kind, Set<EntityKind> needs, String description, Param... params) {
        EMITTERS.put(kind, new EmitterSpec(kind, needs, List.of(params), description));
    }

    private static void emitter(String kind, Set<EntityKind> needs, String description, List<Param> params) {
        EMITTERS.put(kind, new EmitterSpec(kind, needs, params, description));
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        put(d, "password-spray", "T1110.003");
        put(d, "ssh-brute-force", "T1110.001");
        put(d, "remote-logon", "T1078", "T1078.002");
        put(d, "create-account", "T1136.001", "T1136.002");
        put(d, "add-to-group", "T1098");
        put(d, "vpn-logon", "T1133");
        put(d, "phishing-email", "T1566.001", "T1566.002");
        put(d, "macro-execution", "T1204.002");
        put(d, "powershell", "T1059.001", "T1027");
        put(d, "process-commands", "T1087.001", "T1087.002", "T1069.002", "T1482", "T1018", "T1016", "T1033", "T1082",
                "T1057", "T1135", "T1489", "T1562.001", "T1047", "T1053.005", "T1059.003");
        put(d, "lsass-dump", "T1003.001");
        put(d, "kerberoast", "T1558.003");
        put(d, "smb-lateral", "T1021.002", "T1570", "T1569.002");
        put(d, "rdp-lateral", "T1021.001");
        put(d, "clear-logs", "T1070.001");
        put(d, "run-key", "T1547.001");
        put(d, "archive", "T1560.001");
        put(d, "share-harvest", "T1039");
        put(d, "http-beacon", "T1071.001");
        put(d, "dns-tunnel", "T1071.004", "T1048.003");
        put(d, "tool-download", "T1105");
        put(d, "web-upload", "T1567.002", "T1048");
        put(d, "shadow-delete", "T1490");
        put(d, "encrypt-files", "T1486");
        put(d, "aws-api", "T1078.004", "T1580", "T1619", "T1530", "T1537");
        return java.util.Collections.unmodifiableMap(d);
    }

    private static void put(Map<String, String> d, String kind, String... techniques) {
        for (String t : techniques) {
            d.put(t, kind);
        }
    }
}
