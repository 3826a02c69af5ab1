package dev.nightshift.telemetry;

import java.util.List;

/**
 * A read-only view of the benign internet the telemetry draws from, for the game's threat-intelligence feeds and
 * enrichment: the sites staff visit (host, category, the address they are served from), the user agents, partner
 * mail domains, the images whose Sysmon hashes are common, and the hashes Sysmon reports for an image.
 */
public final class KnownInternet {

    /** A site staff visit: host name, web category and the address its provider serves it from. */
    public record Site(String host, String category, String address) {
    }

    /** Executables the organisation runs every day, as their image paths appear in the logs. */
    public static final List<String> COMMON_IMAGES = List.of(
            "C:\\Windows\\System32\\services.exe", "C:\\Windows\\explorer.exe", "C:\\Windows\\System32\\svchost.exe",
            "C:\\Windows\\System32\\cmd.exe", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
            "C:\\Windows\\system32\\lsass.exe", "C:\\Windows\\System32\\mstsc.exe", "C:\\Windows\\CCM\\CcmExec.exe",
            "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "C:\\Windows\\System32\\taskhostw.exe",
            "C:\\Windows\\System32\\conhost.exe", "C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe",
            "C:\\Program Files\\7-Zip\\7z.exe", "C:\\Program Files\\Veeam\\Endpoint Backup\\VeeamAgent.exe");

    /** The telemetry-client domain a security product looks up random-looking names under. */
    public static final String TELEMETRY_DOMAIN = "avqs.mcafee.com";

    private KnownInternet() {
    }

    public static List<Site> sites() {
        return Internet.SITES.stream().map(s -> new Site(s.host(), s.category(), Internet.address(s))).toList();
    }

    public static List<String> userAgents() {
        return Internet.USER_AGENTS;
    }

    public static List<String> partnerDomains() {
        return Internet.PARTNER_DOMAINS;
    }

    /** The {@code MD5=...,SHA256=...,IMPHASH=...} value Sysmon logs in {@code Hashes} for this image path. */
    public static String hashes(String image) {
        return Programs.info(image).hashes();
    }

    /** One algorithm's hash out of a Sysmon {@code Hashes} value, e.g. {@code SHA256}; empty when absent. */
    public static String hash(String hashes, String algorithm) {
        for (String part : hashes.split(",")) {
            if (part.startsWith(algorithm + "=")) {
                return part.substring(algorithm.length() + 1);
            }
        }
        return "";
    }
}
