package dev.nightshift.game;

import dev.nightshift.world.Enrichment;
import java.util.Locale;
import java.util.regex.Pattern;

/** An indicator of compromise as the analyst types it, with its kind told from its shape: hash, ip, email, url, domain or user-agent. */
public record Indicator(String kind, String value) {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");
    private static final Pattern DOMAIN = Pattern.compile("(?i)([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z][a-z0-9-]*[a-z0-9]");
    private static final Pattern EMAIL = Pattern.compile("(?i)[a-z0-9._%+'-]+@" + DOMAIN.pattern());

    /**
     * Reads {@code text}: a 32, 40 or 64 digit hex hash (or a Sysmon {@code SHA256=...}), an IPv4 address, an email
     * address, a URL with a scheme, a domain, or a user agent (any longer text with a {@code /} or a space).
     */
    public static Indicator parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("(?i)(md5|sha1|sha256|imphash)=[0-9a-f]+")) {
            t = t.substring(t.indexOf('=') + 1);
        }
        if (t.isEmpty()) {
            throw GameException.badInput("intel needs an indicator: a hash, an IP address, a domain, a URL, an email"
                    + " address or a user agent, e.g. intel 203.0.113.7");
        }
        if (HEX.matcher(t).matches()) {
            return new Indicator("hash", t.toUpperCase(Locale.ROOT));
        }
        if (Enrichment.isIpv4(t)) {
            return new Indicator("ip", t);
        }
        if (t.matches("(?i)[a-z][a-z0-9+.-]*://\\S+")) {
            return new Indicator("url", t);
        }
        if (EMAIL.matcher(t).matches()) {
            return new Indicator("email", t.toLowerCase(Locale.ROOT));
        }
        if (DOMAIN.matcher(t).matches()) {
            return new Indicator("domain", t.toLowerCase(Locale.ROOT));
        }
        if (t.length() >= 8 && (t.contains("/") || t.contains(" "))) {
            return new Indicator("user-agent", t);
        }
        throw GameException.badInput("'" + t + "' is not an indicator intel knows: give a hash (32, 40 or 64 hex digits),"
                + " an IPv4 address, a domain, a URL with its scheme, an email address or a user agent");
    }

    /** The form feeds are keyed by: hashes upper case, domains, emails and URL schemes and hosts lower case. */
    static String key(String kind, String value) {
        return switch (kind) {
            case "hash" -> value.toUpperCase(Locale.ROOT);
            case "domain", "email" -> value.toLowerCase(Locale.ROOT);
            case "url" -> lowerHost(value);
            default -> value;
        };
    }

    String key() {
        return key(kind, value);
    }

    private static String lowerHost(String url) {
        int start = url.indexOf("://") + 3;
        int end = url.indexOf('/', start);
        if (end < 0) {
            end = url.length();
        }
        return url.substring(0, end).toLowerCase(Locale.ROOT) + url.substring(end);
    }
}
