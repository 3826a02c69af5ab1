package dev.nightshift.telemetry;

import dev.nightshift.scenario.HostRole;
import dev.nightshift.world.Host;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import dev.nightshift.sim.SeededRandom;

/**
 * Look-alikes on endpoints: the management agent's encoded PowerShell ({@code admin-encoded-powershell}), the
 * backup job renaming files by the hundred ({@code backup-rename}) and a security product's long DNS lookups
 * ({@code telemetry-dns}).
 */
final class EndpointLookalikes implements java.io.Serializable {

    static final String INVENTORY = Base64.getEncoder().encodeToString(
            "$p = Get-CimInstance Win32_Product | Select-Object Name,Version; $p | ConvertTo-Json | Out-File C:\\Windows\\CCM\\Inventory\\apps.json"
                    .getBytes(StandardCharsets.UTF_16LE));
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final List<String> FOLDERS = List.of("Finance\\Invoices", "Operations\\Shipments", "Sales\\Quotes", "HR\\Contracts",
            "Shared\\Customers", "Legal\\Agreements");

    private final Context c;
    private final SeededRandom random;

    EndpointLookalikes(Context c, SeededRandom random) {
        this.c = c;
        this.random = random;
    }

    void encodedPowerShell(Instant t) {
        Truth truth = Truth.lookalike("admin-encoded-powershell");
        Host ws = Draws.pick(c.world.hosts(HostRole.WORKSTATION), random);
        Proc agent = new Proc("C:\\Windows\\CCM\\CcmExec.exe", "C:\\Windows\\CCM\\CcmExec.exe", "NT AUTHORITY\\SYSTEM", "System",
                Draws.pid(random), Draws.guid(random), "0x3e7", "C:\\Windows\\System32\\services.exe", null, 700, Draws.guid(random), null);
        Proc shell = agent.child("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                "powershell.exe -NoLogo -NonInteractive -ExecutionPolicy Bypass -EncodedCommand " + INVENTORY, Draws.pid(random),
                Draws.guid(random));
        c.schedule.emit(Sysmon.process(t, ws.name(), c.fqdn(ws), shell, truth));
        c.schedule.emit(WindowsAudit.processCreated(t, ws.name(), c.fqdn(ws),
                new WindowsAudit.Subject("S-1-5-18", ws.name() + "$", c.world.netbiosDomain(), "0x3e7"), shell, truth));
        c.schedule.emit(Sysmon.fileCreate(t.plusSeconds(4 + random.nextInt(20)), ws.name(), c.fqdn(ws), shell,
                "C:\\Windows\\CCM\\Inventory\\apps.json", truth));
    }

    void backupRename(Instant t, int files) {
        Truth truth = Truth.lookalike("backup-rename");
        Host server = c.world.hosts(HostRole.BACKUP_SERVER).isEmpty() ? c.server(HostRole.FILE_SERVER) : c.world.hosts(HostRole.BACKUP_SERVER).get(0);
        Proc agent = new Proc("C:\\Program Files\\Veeam\\Endpoint Backup\\VeeamAgent.exe",
                "\"C:\\Program Files\\Veeam\\Endpoint Backup\\VeeamAgent.exe\" -job nightly-shares", c.world.netbiosDomain() + "\\svc-backup",
                "High", Draws.pid(random), Draws.guid(random), null, "C:\\Windows\\System32\\services.exe", null, 700, Draws.guid(random), null);
        String day = t.atZone(c.world.timeZone()).toLocalDate().toString();
        Instant at = t;
        for (int i = 0; i < files; i++) {
            String file = "E:\\Backups\\" + day + "\\" + Draws.pick(FOLDERS, random) + "\\doc-" + (1000 + random.nextInt(9000))
                    + Draws.pick(List.of(".xlsx", ".docx", ".pdf", ".csv"), random) + ".vbk";
            c.schedule.emit(Sysmon.fileCreate(at, server.name(), c.fqdn(server), agent, file, truth));
            at = at.plusMillis(60 + random.nextInt(240));
        }
    }

    void telemetryDns(Instant t, int queries) {
        Truth truth = Truth.lookalike("telemetry-dns");
        Host ws = Draws.pick(c.world.hosts(HostRole.WORKSTATION), random);
        Proc agent = new Proc("C:\\Program Files\\McAfee\\Agent\\masvc.exe", "\"C:\\Program Files\\McAfee\\Agent\\masvc.exe\" /ServiceStart",
                "NT AUTHORITY\\SYSTEM", "System", Draws.pid(random), Draws.guid(random), "0x3e7", "C:\\Windows\\System32\\services.exe",
                null, 700, Draws.guid(random), null);
        Instant at = t;
        for (int i = 0; i < queries; i++) {
            // a reputation lookup spells the file's hash and its attributes as labels: long, and as random as a tunnel's
            StringBuilder lookup = new StringBuilder();
            for (int labels = 2 + random.nextInt(2); labels > 0; labels--) {
                lookup.append(label(26 + random.nextInt(30))).append('.');
            }
            String name = lookup + "avqs.mcafee.com";
            c.schedule.emit(Dns.query(at, c.dnsServer.name(), ws.ip(), Draws.port(random), name, "A", "NOERROR", "127.0.0.1", truth));
            c.schedule.emit(Sysmon.dnsQuery(at, ws.name(), c.fqdn(ws), agent, name, "::ffff:127.0.0.1;", truth));
            at = Draws.after(at, Duration.ofMillis(200), Duration.ofSeconds(20), random);
        }
    }

    private String label(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
