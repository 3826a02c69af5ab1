package dev.nightshift.world;

import dev.nightshift.scenario.HostRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the organisation knows about a value in a log field: for a host its role, owner and office; for a user
 * their title, department, manager and office; for an address whether it is internal (office or server subnet, the
 * host on it) or external (country, city, autonomous system, and whether it is a VPN exit, an office's egress or an
 * employee's home broadband). The same annotation serves alerts, search results and {@code whois}.
 */
public final class Enrichment {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private final World world;
    private final Map<String, String> homeOwners = new HashMap<>();
    private final Map<String, ExternalAddress> pool = new HashMap<>();

    public Enrichment(World world) {
        this.world = world;
        for (User u : world.users()) {
            ExternalAddress home = world.homeOf(u);
            if (home != null) {
                homeOwners.put(home.ip(), u.username());
            }
        }
        world.externalAddresses().forEach(a -> pool.put(a.ip(), a));
    }

    public World world() {
        return world;
    }

    /** Whether {@code value} is a dotted IPv4 address. */
    public static boolean isIpv4(String value) {
        return value != null && IPV4.matcher(value).matches();
    }

    /**
     * The annotation of {@code value} as it appears in {@code field}: an address anywhere, a user in a field that holds
     * accounts (its name says user or account, or it is the mail sender or recipient), a host wherever its name
     * appears; empty when the organisation knows nothing about it.
     */
    public Optional<String> annotate(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (isIpv4(v)) {
            return Optional.of(ip(v));
        }
        String f = field == null ? "" : field.toLowerCase(Locale.ROOT);
        if (f.contains("user") || f.contains("account") || f.equals("recipient") || f.contains("principal")) {
            Optional<String> user = user(v);
            if (user.isPresent()) {
                return user;
            }
        }
        return host(v);
    }

    /** An address: internal with its office and subnet (and the host on it), or external with where it is and who announces it. */
    public String ip(String ip) {
        if (!isIpv4(ip)) {
            return "not an IPv4 address";
        }
        Optional<Host> host = world.hostByIp(ip);
        String on = host.map(h -> ", " + h.name() + (h.owner().isEmpty() ? " (" + h.role().word() + ")"
                : " (workstation of " + h.owner() + ")")).orElse("");
        for (Office o : world.offices()) {
            if (o.subnet().contains(ip)) {
                return "internal: " + o.name() + " office (" + o.city() + "), subnet " + o.subnet() + on;
            }
        }
        if (world.serverSubnet().contains(ip)) {
            return "internal: server subnet " + world.serverSubnet() + " (" + world.offices().get(0).name() + ")" + on;
        }
        if (isPrivate(ip)) {
            return "private address outside the organisation's subnets";
        }
        for (ExternalAddress exit : world.vpnExits()) {
            if (exit.ip().equals(ip)) {
                return external(exit, Networks.VPN) + "; known VPN exit of the organisation's VPN";
            }
        }
        for (Office o : world.offices()) {
            if (o.egress().ip().equals(ip)) {
                return external(o.egress(), Networks.broadband(o.country(), ip)) + "; the " + o.name()
                        + " office's internet egress";
            }
        }
        String owner = homeOwners.get(ip);
        if (owner != null) {
            ExternalAddress home = world.homeOf(world.user(owner).orElseThrow());
            return external(home, Networks.broadband(home.countryCode(), ip)) + "; home broadband of " + owner;
        }
        ExternalAddress known = pool.get(ip);
        if (known != null) {
            return external(known, Networks.hosting(ip)) + " (hosting)";
        }
        Networks.Asn provider = Networks.provider(ip);
        if (provider != null) {
            return "external: US, " + provider + " (cloud and content provider)";
        }
        return "external: not in the geolocation database";
    }

    /** A host: role, address, office and owner; empty when the organisation has no such host. */
    public Optional<String> host(String name) {
        String plain = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return world.host(plain).map(h -> {
            String office = officeOf(h);
            if (h.owner().isEmpty()) {
                return role(h.role()) + ", " + h.ip() + ", " + office;
            }
            String title = world.user(h.owner()).map(u -> ", " + u.title() + ", " + u.department()).orElse("");
            return "workstation of " + h.owner() + title + ", " + h.ip() + ", " + office;
        });
    }

    /** A user: full name, title, department, manager and office; a service account: the server it runs on. */
    public Optional<String> user(String account) {
        String name = account;
        if (name.contains("\\")) {
            name = name.substring(name.lastIndexOf('\\') + 1);
        }
        if (name.contains("@")) {
            name = name.substring(0, name.indexOf('@'));
        }
        Optional<User> user = world.user(name);
        if (user.isPresent()) {
            User u = user.get();
            return Optional.of(u.fullName() + ", " + u.title() + ", " + u.department() + ", manager "
                    + (u.manager().isEmpty() ? "none (heads the organisation)" : u.manager()) + ", " + u.office() + " office");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return world.serviceAccounts().stream().filter(s -> s.name().equalsIgnoreCase(lower)).findFirst()
                .map(s -> "service account of " + s.host());
    }

    /** The whole card of a host, user or address as lines {@code label: value}; empty when there is no such entity. */
    public Optional<List<String>> card(String kind, String name) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case "host" -> {
                String plain = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                Optional<Host> found = world.host(plain);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                Host h = found.get();
                out.add("host:     " + h.name() + "." + world.domain());
                out.add("role:     " + role(h.role()));
                out.add("os:       " + h.os());
                out.add("address:  " + h.ip() + " (" + ip(h.ip()).replaceFirst("^internal: ", "").replaceFirst(", " + Pattern.quote(h.name()) + " .*$", "") + ")");
                if (!h.owner().isEmpty()) {
                    out.add("owner:    " + h.owner() + user(h.owner()).map(u -> " (" + u + ")").orElse(""));
                }
                world.serviceAccounts().stream().filter(s -> s.host().equals(h.name()))
                        .forEach(s -> out.add("service:  " + s.name()));
            }
            case "user" -> {
                String plain = name.contains("\\") ? name.substring(name.lastIndexOf('\\') + 1) : name;
                Optional<User> found = world.user(plain);
                if (found.isEmpty()) {
                    return world.serviceAccounts().stream().filter(s -> s.name().equalsIgnoreCase(plain)).findFirst()
                            .map(s -> List.of("user:     " + s.name() + " (service account)", "sid:      " + s.sid(),
                                    "runs on:  " + s.host()));
                }
                User u = found.get();
                out.add("user:     " + u.username() + " (" + u.fullName() + ")");
                out.add("title:    " + u.title() + ", " + u.department());
                out.add("manager:  " + (u.manager().isEmpty() ? "none (heads the organisation)"
                        : u.manager() + world.user(u.manager()).map(m -> " (" + m.fullName() + ", " + m.title() + ")").orElse("")));
                out.add("office:   " + u.office() + " (" + world.officeOf(u).city() + "), usual hours " + u.workStart()
                        + "-" + u.workEnd() + " office time, works over the VPN on " + u.vpnHabit() + "% of days");
                out.add("mail:     " + u.username() + "@" + world.mailDomain());
                out.add("sid:      " + u.sid());
                Host ws = world.workstationOf(u);
                if (ws != null) {
                    out.add("uses:     " + ws.name() + " (" + ws.ip() + ")");
                }
                ExternalAddress home = world.homeOf(u);
                if (home != null) {
                    out.add("home:     " + home.ip() + " (" + home.countryCode() + ", " + home.city() + ")");
                }
            }
            case "ip" -> {
                if (!isIpv4(name)) {
                    return Optional.empty();
                }
                out.add("address:  " + name);
                out.add("is:       " + ip(name));
            }
            default -> throw new IllegalArgumentException("no entity kind " + kind);
        }
        return Optional.of(out);
    }

    private String officeOf(Host h) {
        for (Office o : world.offices()) {
            if (o.subnet().contains(h.ip())) {
                return o.name() + " office";
            }
        }
        return "server room (" + world.offices().get(0).name() + ")";
    }

    private static String external(ExternalAddress a, Networks.Asn asn) {
        return "external: " + a.countryCode() + ", " + a.city() + ", " + asn;
    }

    private static String role(HostRole role) {
        return role.word().replace('-', ' ');
    }

    private static boolean isPrivate(String ip) {
        return ip.startsWith("10.") || ip.startsWith("192.168.") || ip.startsWith("127.") || ip.startsWith("169.254.")
                || ip.matches("172\\.(1[6-9]|2\\d|3[01])\\..*");
    }
}
