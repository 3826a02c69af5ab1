package dev.nightshift.telemetry;

import dev.nightshift.scenario.HostRole;
import dev.nightshift.world.Host;
import dev.nightshift.world.User;
import java.time.Instant;
import java.util.List;
import dev.nightshift.sim.SeededRandom;

/**
 * Benign Sysmon activity on the workstations: office applications started from Explorer, IT staff's admin
 * commands (whoami, net, ipconfig, PowerShell), each with the Security log's 4688 for the same process, outbound connections, files written, DNS lookups, Defender reading
 * lsass memory with a limited access mask, and updaters setting their Run keys.
 */
final class SysmonNoise implements java.io.Serializable {

    private static final Truth BENIGN = Truth.benign();
    private static final String EXPLORER = "C:\\Windows\\explorer.exe";
    private static final List<String> APPS = List.of(
            "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
            "C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE",
            "C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE",
            "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE",
            "C:\\Users\\%u\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe",
            "C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe",
            "C:\\Windows\\System32\\mstsc.exe");
    private static final List<String> ADMIN_COMMANDS = List.of("whoami", "whoami /groups", "ipconfig /all", "net user %u /domain",
            "net group \"IT Support\" /domain", "nltest /dsgetdc:%d", "tasklist /v", "gpupdate /force", "systeminfo",
            "net use", "powershell.exe -NoProfile -Command \"Get-Service | Where-Object Status -eq 'Stopped'\"",
            "powershell.exe -NoProfile -Command \"Get-ADUser -Filter * -SearchBase 'OU=Staff,DC=%d' | Measure-Object\"",
            "powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\\IT\\Scripts\\Check-DiskSpace.ps1");
    private static final List<String> FILES = List.of("C:\\Users\\%u\\Downloads\\invoice-%n.pdf",
            "C:\\Users\\%u\\AppData\\Local\\Temp\\~DF%n.tmp", "C:\\Users\\%u\\Documents\\notes-%n.docx",
            "C:\\Users\\%u\\Downloads\\shipment-%n.xlsx", "C:\\Users\\%u\\AppData\\Local\\Microsoft\\Outlook\\RoamCache\\%n.dat",
            "C:\\Users\\%u\\Downloads\\Invoice_%n.docm");

    private final Context c;
    private final SeededRandom random;
    private final java.util.Map<String, Proc> explorers = new java.util.HashMap<>();

    SysmonNoise(Context c, SeededRandom random) {
        this.c = c;
        this.random = random;
    }

    Event activity(Instant t, User user) {
        Host ws = c.workstation(user);
        String account = c.account(user);
        Proc explorer = explorers.computeIfAbsent(user.username(), name -> new Proc(EXPLORER, EXPLORER, account, "Medium",
                Draws.pid("explorer:" + name), Draws.guid(random), Draws.logonId(random), "C:\\Windows\\System32\\userinit.exe",
                null, 600, Draws.guid(random), "C:\\Users\\" + name + "\\"));
        int roll = random.nextInt(100);
        if (roll < 28) {
            String image = Draws.pick(APPS, random).replace("%u", user.username());
            Proc p = explorer.child(image, "\"" + image + "\"", pid(), Draws.guid(random));
            return withAudit(t, ws, user, p);
        }
        if (roll < 34 && user.isIt()) {
            String command = Draws.pick(ADMIN_COMMANDS, random).replace("%u", user.username()).replace("%d", c.world.domain());
            Proc cmd = explorer.child("C:\\Windows\\System32\\cmd.exe", "\"C:\\Windows\\system32\\cmd.exe\"", pid(), Draws.guid(random));
            String image = command.startsWith("powershell") ? "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"
                    : "C:\\Windows\\System32\\" + command.split(" ")[0] + ".exe";
            return withAudit(t, ws, user, cmd.child(image, command, pid(), Draws.guid(random)));
        }
        if (roll < 58) {
            boolean internal = random.nextInt(4) == 0;
            Host server = internal ? Draws.pick(c.windowsServers.isEmpty() ? List.of(c.dnsServer) : c.windowsServers, random) : null;
            Internet.Site site = Internet.site(random);
            String image = internal ? "C:\\Windows\\System32\\svchost.exe" : Draws.pick(APPS.subList(0, 2), random);
            Proc p = explorer.child(image, image, pid(), Draws.guid(random));
            int port = internal ? Draws.pick(List.of(445, 88, 389, 135), random) : 443;
            return Sysmon.network(t, ws.name(), c.fqdn(ws), p, "tcp", ws.ip(), Draws.port(random),
                    internal ? server.ip() : Internet.address(site), internal ? c.fqdn(server) : site.host(), port, BENIGN);
        }
        if (roll < 74) {
            String file = Draws.pick(FILES, random).replace("%u", user.username()).replace("%n", String.valueOf(1000 + random.nextInt(9000)));
            String image = file.contains("Outlook") || file.contains("Invoice") ? APPS.get(1) : APPS.get(0);
            return Sysmon.fileCreate(t, ws.name(), c.fqdn(ws), explorer.child(image, image, pid(), Draws.guid(random)), file, BENIGN);
        }
        if (roll < 94) {
            Internet.Site site = Internet.site(random);
            // scripts resolve names too: a module update, an internal API, a health check
            Proc p = random.nextInt(6) == 0 ? explorer.child(HostEmitters.POWERSHELL, "\"" + HostEmitters.POWERSHELL + "\"", pid(), Draws.guid(random))
                    : explorer.child(APPS.get(0), APPS.get(0), pid(), Draws.guid(random));
            return Sysmon.dnsQuery(t, ws.name(), c.fqdn(ws), p, site.host(), "::ffff:" + Internet.address(site) + ";", BENIGN);
        }
        if (roll < 97) {
            Proc defender = new Proc("C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24070.5-0\\MsMpEng.exe",
                    "\"C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24070.5-0\\MsMpEng.exe\"", "NT AUTHORITY\\SYSTEM",
                    "System", Draws.pid(random), Draws.guid(random), null, "C:\\Windows\\System32\\services.exe", null, 700,
                    Draws.guid(random), null);
            return Sysmon.processAccess(t, ws.name(), c.fqdn(ws), defender, "C:\\Windows\\system32\\lsass.exe", 780 + random.nextInt(20),
                    Draws.guid(random), random.nextBoolean() ? "0x1000" : "0x1400",
                    "C:\\Windows\\SYSTEM32\\ntdll.dll+9d4c4|C:\\Windows\\System32\\KERNELBASE.dll+2c13e|C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24070.5-0\\mpengine.dll+3a1b2c",
                    BENIGN);
        }
        boolean teams = random.nextBoolean();
        String value = teams ? "com.squirrel.Teams.Teams" : "OneDrive";
        String program = teams ? "C:\\Users\\" + user.username() + "\\AppData\\Local\\Microsoft\\Teams\\Update.exe --processStart \"Teams.exe\""
                : "\"C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe\" /background";
        Proc p = explorer.child(APPS.get(teams ? 4 : 5).replace("%u", user.username()), "updater", pid(), Draws.guid(random));
        return Sysmon.registrySet(t, ws.name(), c.fqdn(ws), p, "HKU\\" + user.sid() + "\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\" + value,
                program, BENIGN);
    }

    /** Sysmon 1, with the Security log's 4688 for the same process (command-line auditing is on everywhere). */
    private Event withAudit(Instant t, Host ws, User user, Proc p) {
        c.schedule.emit(WindowsAudit.processCreated(t, ws.name(), c.fqdn(ws),
                new WindowsAudit.Subject(user.sid(), user.username(), c.world.netbiosDomain(), p.logonId()), p, BENIGN));
        return Sysmon.process(t, ws.name(), c.fqdn(ws), p, BENIGN);
    }

    private int pid() {
        return Draws.pid(random);
    }

}
