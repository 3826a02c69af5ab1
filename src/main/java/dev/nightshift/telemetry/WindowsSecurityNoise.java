package dev.nightshift.telemetry;

import dev.nightshift.scenario.HostRole;
import dev.nightshift.world.Host;
import dev.nightshift.world.ServiceAccount;
import dev.nightshift.world.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import dev.nightshift.sim.SeededRandom;

/**
 * Benign Windows Security events beyond logons: Kerberos tickets (4768, 4769, a legacy reporting tool still asking
 * for RC4), pre-authentication typos (4771), NTLM validation (4776), file-share access (5140, 5145), process creation
 * (4688), administrators' special privileges (4672), and the service accounts' scheduled jobs.
 */
final class WindowsSecurityNoise implements java.io.Serializable {

    private static final Truth BENIGN = Truth.benign();
    private static final List<String> SHARE_FILES = List.of("Shared\\Rota\\week-%d.xlsx", "Departments\\%s\\Reports\\Q%d-summary.docx",
            "Shared\\Templates\\letterhead.dotx", "Departments\\%s\\Budget\\2026-forecast-v%d.xlsx", "Shared\\Customers\\accounts-%d.csv");
    private static final List<String[]> APPS = List.of(
            new String[] {"C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE", "C:\\Windows\\explorer.exe"},
            new String[] {"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "C:\\Windows\\explorer.exe"},
            new String[] {"C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE", "C:\\Windows\\explorer.exe"},
            new String[] {"C:\\Windows\\System32\\taskhostw.exe", "C:\\Windows\\System32\\svchost.exe"},
            new String[] {"C:\\Windows\\System32\\conhost.exe", "C:\\Windows\\System32\\cmd.exe"});

    private final Context c;
    private final SeededRandom random;

    WindowsSecurityNoise(Context c, SeededRandom random) {
        this.c = c;
        this.random = random;
    }

    void jobs(NoiseDriver driver) {
        for (ServiceAccount account : c.world.serviceAccounts()) {
            Host host = c.world.host(account.host()).orElseThrow();
            String exe = account.name().equals("svc-backup") ? "C:\\Windows\\System32\\Robocopy.exe" : "C:\\Windows\\System32\\cmd.exe";
            driver.every(Duration.ofMinutes(15), "task:" + account.name(), (t, r) -> {
                WindowsAudit.Subject s = new WindowsAudit.Subject(account.sid(), account.name(), c.world.netbiosDomain(), Draws.logonId(r));
                Proc p = new Proc(exe, exe + (exe.endsWith("Robocopy.exe") ? " D:\\Shares E:\\Staging /MIR /R:1 /W:1 /NP" : " /c C:\\Scripts\\maintenance.cmd"),
                        account.name(), "High", 2000 + r.nextInt(30000), Draws.guid(r), null, "C:\\Windows\\System32\\svchost.exe",
                        "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule", 1100 + r.nextInt(400), Draws.guid(r), null);
                return WindowsAudit.processCreated(t, host.name(), c.fqdn(host), s, p, BENIGN);
            });
        }
    }

    Event activity(Instant t, User user) {
        Host ws = c.workstation(user);
        Host dc = c.dnsServer;
        int roll = random.nextInt(100);
        String domain = c.world.netbiosDomain();
        if (roll < 12) {
            return WindowsAudit.ticketGranted(t, dc.name(), c.fqdn(dc), user.username(), domain, user.sid(), "0x0", ws.ip(), Draws.port(random), BENIGN);
        }
        if (roll < 36) {
            Host target = Draws.pick(c.windowsServers.isEmpty() ? List.of(dc) : c.windowsServers, random);
            boolean legacy = target.role() == HostRole.DATABASE_SERVER && random.nextInt(8) == 0;
            String service = switch (target.role()) {
                case DATABASE_SERVER -> "svc-sql";
                case WEB_SERVER -> "HTTP/" + c.fqdn(target);
                default -> target.name() + "$";
            };
            String sid = c.world.domainSid() + "-" + (1000 + Math.floorMod(service.hashCode(), 90));
            return WindowsAudit.serviceTicket(t, dc.name(), c.fqdn(dc), user.username(), c.world.domain().toUpperCase(java.util.Locale.ROOT),
                    service, sid, legacy ? "0x17" : "0x12", ws.ip(), Draws.port(random), Draws.guid(random), BENIGN);
        }
        if (roll < 40) {
            return WindowsAudit.preAuthFailed(t, dc.name(), c.fqdn(dc), user.username(), user.sid(), "0x18", ws.ip(), Draws.port(random), BENIGN);
        }
        if (roll < 50) {
            return WindowsAudit.credentialValidation(t, dc.name(), c.fqdn(dc), user.username(), ws.name(),
                    random.nextInt(30) == 0 ? "0xc000006a" : "0x0", BENIGN);
        }
        if (roll < 72) {
            return share(t, user, ws);
        }
        if (roll < 94) {
            String[] app = Draws.pick(APPS, random);
            WindowsAudit.Subject s = new WindowsAudit.Subject(user.sid(), user.username(), domain, Draws.logonId(random));
            Proc p = new Proc(app[0], "\"" + app[0] + "\"", c.account(user), "Medium", Draws.pid(random), Draws.guid(random), null,
                    app[1], null, Draws.pid(random), Draws.guid(random), null);
            return WindowsAudit.processCreated(t, ws.name(), c.fqdn(ws), s, p, BENIGN);
        }
        User admin = Draws.pick(c.it, random);
        Host server = c.windowsServers.isEmpty() ? dc : Draws.pick(c.windowsServers, random);
        return WindowsAudit.specialPrivileges(t, server.name(), c.fqdn(server),
                new WindowsAudit.Subject(admin.sid(), admin.username(), domain, Draws.logonId(random)), BENIGN);
    }

    private Event share(Instant t, User user, Host ws) {
        Host fs = c.server(HostRole.FILE_SERVER);
        WindowsAudit.Subject s = new WindowsAudit.Subject(user.sid(), user.username(), c.world.netbiosDomain(), Draws.logonId(random));
        String file = Draws.pick(SHARE_FILES, random).replace("%s", user.department().replace(' ', '-'))
                .replace("%d", String.valueOf(1 + random.nextInt(12)));
        if (random.nextInt(4) == 0) {
            return WindowsAudit.shareAccess(t, fs.name(), c.fqdn(fs), s, ws.ip(), Draws.port(random), "\\\\*\\Shares", "D:\\Shares", null, "0x1", BENIGN);
        }
        return WindowsAudit.shareAccess(t, fs.name(), c.fqdn(fs), s, ws.ip(), Draws.port(random), "\\\\*\\Shares", "D:\\Shares", file,
                random.nextInt(5) == 0 ? "0x2" : "0x1", BENIGN);
    }
}
