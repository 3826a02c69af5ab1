package dev.nightshift.telemetry;

import dev.nightshift.world.Host;
import java.time.Instant;
import java.util.List;

/** Emitters for impact on a host: deleting shadow copies and disabling recovery, then encrypting files by the hundred a minute. */
final class ImpactEmitters {

    private static final List<String> FOLDERS = List.of("Documents", "Desktop", "Documents\\Invoices", "Documents\\Shipping",
            "Pictures", "Documents\\Contracts", "Downloads");
    private static final List<String> EXTENSIONS = List.of(".docx", ".xlsx", ".pdf", ".csv", ".pptx", ".jpg", ".txt");

    private ImpactEmitters() {
    }

    static void shadowDelete(Emission e) {
        Host host = e.host();
        Proc shell = e.proc(HostEmitters.CMD, "cmd.exe /c start.bat", "C:\\Windows\\System32\\services.exe", "System");
        Instant t = e.start;
        for (String[] command : List.of(
                new String[] {"C:\\Windows\\System32\\vssadmin.exe", "vssadmin.exe delete shadows /all /quiet"},
                new String[] {"C:\\Windows\\System32\\wbem\\WMIC.exe", "wmic.exe shadowcopy delete /nointeractive"},
                new String[] {"C:\\Windows\\System32\\bcdedit.exe", "bcdedit.exe /set {default} recoveryenabled No"},
                new String[] {"C:\\Windows\\System32\\bcdedit.exe", "bcdedit.exe /set {default} bootstatuspolicy ignoreallfailures"})) {
            e.processStart(t, host, shell.child(command[0], command[1], e.pid(), Draws.guid(e.random)));
            t = t.plusMillis(400 + e.random.nextInt(1600));
        }
    }

    static void encryptFiles(Emission e) {
        Host host = e.host();
        String owner = host.owner().isEmpty() ? "Public" : host.owner();
        String extension = e.action.text("extension");
        Proc locker = e.proc("C:\\Windows\\Temp\\svchost32.exe", "C:\\Windows\\Temp\\svchost32.exe -path C:\\ -threads 8",
                "C:\\Windows\\System32\\services.exe", "System");
        e.processStart(e.start, host, locker);
        long gap = Math.max(1, 60_000L / e.action.number("per_minute"));
        Instant t = e.start.plusMillis(500);
        for (int i = 0; i < e.action.number("files"); i++) {
            String base = "C:\\Users\\" + owner + "\\" + FOLDERS.get(e.random.nextInt(FOLDERS.size())) + "\\"
                    + Long.toString(1000 + e.random.nextInt(90000), 36) + EXTENSIONS.get(e.random.nextInt(EXTENSIONS.size()));
            e.add(Sysmon.fileCreate(t, host.name(), e.c.fqdn(host), locker, base + extension, e.truth));
            if (i % 100 == 0) {
                e.add(Sysmon.fileCreate(t.plusMillis(1), host.name(), e.c.fqdn(host), locker,
                        base.substring(0, base.lastIndexOf('\\') + 1) + "HOW_TO_RECOVER_FILES.txt", e.truth));
            }
            t = t.plusMillis(gap / 2 + e.random.nextLong(gap + 1));
        }
    }
}
