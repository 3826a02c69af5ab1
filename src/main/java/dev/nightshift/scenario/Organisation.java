package dev.nightshift.scenario;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * The simulated organisation's shape: its name, its Windows domain, how many users (each with a
 * workstation) and Linux servers it has, its office time zone and business hours.
 */
public record Organisation(String name, String domain, int users, int linuxServers, ZoneId timeZone,
                           BusinessHours businessHours) {

    /** The most users one office subnet (a /24) holds beside its gateway and printers. */
    public static final int MAX_USERS = 200;
    public static final int MAX_LINUX_SERVERS = 20;

    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(businessHours, "businessHours");
        if (users < 1 || users > MAX_USERS) {
            throw new IllegalArgumentException("users must be between 1 and " + MAX_USERS + ", got " + users);
        }
        if (linuxServers < 0 || linuxServers > MAX_LINUX_SERVERS) {
            throw new IllegalArgumentException("linux servers must be between 0 and " + MAX_LINUX_SERVERS);
        }
    }

    /** The NetBIOS name of the domain, as Windows logs write it: the first DNS label in capitals. */
    public String netbiosDomain() {
        int dot = domain.indexOf('.');
        return (dot < 0 ? domain : domain.substring(0, dot)).toUpperCase(Locale.ROOT);
    }
}
