package dev.nightshift.scenario;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The simulated organisation's shape: its name, its Windows domain, how many users (each with a workstation)
 * and Linux servers it has, its head office's time zone and business hours, its branch offices, the roles of its
 * Windows servers and the countries of its VPN exit nodes.
 */
public record Organisation(String name, String domain, int users, int linuxServers, ZoneId timeZone,
                           BusinessHours businessHours, List<OfficeSpec> offices, List<HostRole> servers,
                           List<String> vpnExits, int variant) {

    /** The most variants of one scenario whose hosts and addresses are kept apart (see {@link #variant}). */
    public static final int MAX_VARIANTS = 200;

    /** The most users one office subnet (a /24) holds beside its gateway and printers. */
    public static final int MAX_USERS = 200;
    public static final int MAX_LINUX_SERVERS = 20;
    /** The Windows servers of an organisation that names none. */
    public static final List<HostRole> DEFAULT_SERVERS = List.of(HostRole.DOMAIN_CONTROLLER, HostRole.FILE_SERVER,
            HostRole.WEB_SERVER, HostRole.DATABASE_SERVER, HostRole.MAIL_SERVER, HostRole.REMOTE_ACCESS);

    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(businessHours, "businessHours");
        offices = List.copyOf(offices);
        servers = List.copyOf(servers);
        vpnExits = List.copyOf(vpnExits);
        if (users < 1 || users > MAX_USERS) {
            throw new IllegalArgumentException("users must be between 1 and " + MAX_USERS + ", got " + users);
        }
        if (linuxServers < 0 || linuxServers > MAX_LINUX_SERVERS) {
            throw new IllegalArgumentException("linux servers must be between 0 and " + MAX_LINUX_SERVERS);
        }
        int branchUsers = offices.stream().mapToInt(OfficeSpec::users).sum();
        if (branchUsers >= users) {
            throw new IllegalArgumentException("branch offices hold " + branchUsers + " of " + users + " users; the head office needs some");
        }
        if (servers.contains(HostRole.WORKSTATION) || servers.contains(HostRole.LINUX_SERVER) || servers.size() != servers.stream().distinct().count()) {
            throw new IllegalArgumentException("servers are distinct Windows server roles");
        }
        if (variant < 0 || variant > MAX_VARIANTS) {
            throw new IllegalArgumentException("variant must be between 0 and " + MAX_VARIANTS + ", got " + variant);
        }
        for (String country : vpnExits) {
            if (!country.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("a VPN exit is a two-letter country code, got " + country);
            }
        }
    }

    /** The organisation as a scenario file describes it: its own host names and addresses (variant 0). */
    public Organisation(String name, String domain, int users, int linuxServers, ZoneId timeZone,
                        BusinessHours businessHours, List<OfficeSpec> offices, List<HostRole> servers,
                        List<String> vpnExits) {
        this(name, domain, users, linuxServers, timeZone, businessHours, offices, servers, vpnExits, 0);
    }

    /**
     * The same organisation as numbered variant {@code n} (1 to {@link #MAX_VARIANTS}): its hosts carry a site code
     * and its addresses come from ranges that belong to that number alone, so two variants of one assessment never
     * share a host name or an address.
     */
    public Organisation asVariant(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a variant number starts at 1, got " + n);
        }
        return new Organisation(name, domain, users, linuxServers, timeZone, businessHours, offices, servers, vpnExits, n);
    }

    /** One office, the default Windows servers, no VPN exits. */
    public Organisation(String name, String domain, int users, int linuxServers, ZoneId timeZone, BusinessHours businessHours) {
        this(name, domain, users, linuxServers, timeZone, businessHours, List.of(), DEFAULT_SERVERS, List.of());
    }

    /** The NetBIOS name of the domain, as Windows logs write it: the first DNS label in capitals. */
    public String netbiosDomain() {
        int dot = domain.indexOf('.');
        return (dot < 0 ? domain : domain.substring(0, dot)).toUpperCase(Locale.ROOT);
    }
}
