package dev.nightshift.telemetry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What Sysmon reports about an executable (version resource and hashes), computed once per image path and cached. */
final class Programs {

    /** The version resource and hashes of one image. */
    record Info(String fileVersion, String description, String product, String company, String originalFileName, String hashes) {
    }

    private static final Map<String, Info> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            Map.entry("powershell.exe", new String[] {"Windows PowerShell", "PowerShell.EXE"}),
            Map.entry("cmd.exe", new String[] {"Windows Command Processor", "Cmd.Exe"}),
            Map.entry("rundll32.exe", new String[] {"Windows host process (Rundll32)", "RUNDLL32.EXE"}),
            Map.entry("winword.exe", new String[] {"Microsoft Word", "WinWord.exe"}),
            Map.entry("excel.exe", new String[] {"Microsoft Excel", "Excel.exe"}),
            Map.entry("outlook.exe", new String[] {"Microsoft Outlook", "Outlook.exe"}),
            Map.entry("chrome.exe", new String[] {"Google Chrome", "chrome.exe"}),
            Map.entry("msedge.exe", new String[] {"Microsoft Edge", "msedge.exe"}),
            Map.entry("teams.exe", new String[] {"Microsoft Teams", "Teams.exe"}),
            Map.entry("net.exe", new String[] {"Net Command", "net.exe"}),
            Map.entry("net1.exe", new String[] {"Net Command", "net1.exe"}),
            Map.entry("vssadmin.exe", new String[] {"Command Line Interface for Microsoft Volume Shadow Copy Service", "VSSADMIN.EXE"}),
            Map.entry("wmic.exe", new String[] {"WMI Commandline Utility", "wmic.exe"}),
            Map.entry("bcdedit.exe", new String[] {"Boot Configuration Data Editor", "bcdedit.exe"}),
            Map.entry("wevtutil.exe", new String[] {"Eventing Command Line Utility", "wevtutil.exe"}),
            Map.entry("schtasks.exe", new String[] {"Task Scheduler Configuration Tool", "schtasks.exe"}),
            Map.entry("nltest.exe", new String[] {"Microsoft Logon Server Test Utility", "nltestrk.exe"}),
            Map.entry("whoami.exe", new String[] {"whoami - displays logged on user information", "whoami.exe"}),
            Map.entry("ipconfig.exe", new String[] {"IP Configuration Utility", "ipconfig.exe"}),
            Map.entry("tasklist.exe", new String[] {"Lists the current running tasks", "tasklist.exe"}),
            Map.entry("systeminfo.exe", new String[] {"Displays system information", "sysinfo.exe"}),
            Map.entry("sc.exe", new String[] {"Service Control Manager Configuration Tool", "sc.exe"}),
            Map.entry("7z.exe", new String[] {"7-Zip Console", "7z.exe"}),
            Map.entry("svchost.exe", new String[] {"Host Process for Windows Services", "svchost.exe"}),
            Map.entry("explorer.exe", new String[] {"Windows Explorer", "EXPLORER.EXE"}),
            Map.entry("ccmexec.exe", new String[] {"CCM Executive", "CcmExec.exe"}),
            Map.entry("wmiprvse.exe", new String[] {"WMI Provider Host", "Wmiprvse.exe"}),
            Map.entry("services.exe", new String[] {"Services and Controller app", "services.exe"}),
            Map.entry("lsass.exe", new String[] {"Local Security Authority Process", "lsass.exe"}),
            Map.entry("taskhostw.exe", new String[] {"Host Process for Windows Tasks", "taskhostw.exe"}),
            Map.entry("msmpeng.exe", new String[] {"Antimalware Service Executable", "MsMpEng.exe"}),
            Map.entry("onedrive.exe", new String[] {"Microsoft OneDrive", "OneDrive.exe"}),
            Map.entry("robocopy.exe", new String[] {"Microsoft Robocopy", "robocopy.exe"}),
            Map.entry("veeamagent.exe", new String[] {"Veeam Agent", "VeeamAgent.exe"}),
            Map.entry("gpupdate.exe", new String[] {"Microsoft Group Policy Update Utility", "gpupdate.exe"}),
            Map.entry("mstsc.exe", new String[] {"Remote Desktop Connection", "mstsc.exe"}),
            Map.entry("reg.exe", new String[] {"Registry Console Tool", "reg.exe"}),
            Map.entry("conhost.exe", new String[] {"Console Window Host", "CONHOST.EXE"}));

    private Programs() {
    }

    /** The file name of a Windows path, lower case: {@code C:\Windows\System32\cmd.exe} gives {@code cmd.exe}. */
    static String name(String image) {
        return image.substring(image.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
    }

    static Info info(String image) {
        return CACHE.computeIfAbsent(image, Programs::describe);
    }

    private static Info describe(String image) {
        String name = name(image);
        String[] known = KNOWN.get(name);
        boolean microsoft = image.toLowerCase(Locale.ROOT).startsWith("c:\\windows\\") || (known != null
                && !name.equals("chrome.exe") && !name.equals("7z.exe") && !name.equals("veeamagent.exe"));
        String company = known == null ? "-" : name.equals("chrome.exe") ? "Google LLC" : name.equals("7z.exe") ? "Igor Pavlov"
                : name.equals("veeamagent.exe") ? "Veeam Software Group GmbH" : microsoft ? "Microsoft Corporation" : "-";
        String product = known == null ? "-" : company.equals("Microsoft Corporation")
                ? (name.equals("winword.exe") || name.equals("excel.exe") || name.equals("outlook.exe") ? "Microsoft Office"
                : "Microsoft® Windows® Operating System") : known[0];
        String version = known == null ? "-" : microsoft ? "10.0.22621." + (1 + Math.floorMod(name.hashCode(), 3000)) : "24.1.0";
        String sha = digest("SHA-256", image.toLowerCase(Locale.ROOT));
        String md5 = digest("MD5", image.toLowerCase(Locale.ROOT));
        String hashes = "MD5=" + md5.toUpperCase(Locale.ROOT) + ",SHA256=" + sha.toUpperCase(Locale.ROOT)
                + ",IMPHASH=" + md5.substring(0, 32).toUpperCase(Locale.ROOT);
        return new Info(version, known == null ? "-" : known[0], product, company, known == null ? "-" : known[1], hashes);
    }

    private static String digest(String algorithm, String text) {
        try {
            byte[] d = MessageDigest.getInstance(algorithm).digest(("nightshift:" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }
}
