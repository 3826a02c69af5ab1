package dev.nightshift.world;

import dev.nightshift.scenario.HostRole;
import dev.nightshift.scenario.BusinessHours;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.sim.RandomStreams;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated organisation of one run: its people and their workstations, its servers by role, its office
 * and server subnets, its offices with their egress addresses, its VPN exits and a pool of geolocated external addresses; built once from a scenario and a seed, then read-only.
 */
public final class World implements java.io.Serializable {

    private final String name;
    private final String domain;
    private final String netbiosDomain;
    private final String domainSid;
    private final ZoneId timeZone;
    private final BusinessHours businessHours;
    private final Subnet officeSubnet;
    private final Subnet serverSubnet;
    private final List<User> users;
    private final List<Host> hosts;
    private final List<ServiceAccount> serviceAccounts;
    private final List<ExternalAddress> externalAddresses;
    private final List<Office> offices;
    private final List<ExternalAddress> vpnExits;
    private final Map<String, ExternalAddress> homes;
    private final Naming naming;
    private final Map<String, User> usersByName = new LinkedHashMap<>();
    private final Map<String, Host> hostsByName = new LinkedHashMap<>();
    private final Map<String, Host> hostsByIp = new LinkedHashMap<>();

    World(String name, String domain, String netbiosDomain, String domainSid, ZoneId timeZone, BusinessHours businessHours,
          Subnet officeSubnet, Subnet serverSubnet, List<User> users, List<Host> hosts,
          List<ServiceAccount> serviceAccounts, List<ExternalAddress> externalAddresses, List<Office> offices,
          List<ExternalAddress> vpnExits, Map<String, ExternalAddress> homes, Naming naming) {
        this.name = name;
        this.naming = naming;
        this.domain = domain;
        this.netbiosDomain = netbiosDomain;
        this.domainSid = domainSid;
        this.timeZone = timeZone;
        this.businessHours = businessHours;
        this.officeSubnet = officeSubnet;
        this.serverSubnet = serverSubnet;
        this.users = List.copyOf(users);
        this.hosts = List.copyOf(hosts);
        this.serviceAccounts = List.copyOf(serviceAccounts);
        this.externalAddresses = List.copyOf(externalAddresses);
        this.offices = List.copyOf(offices);
        this.vpnExits = List.copyOf(vpnExits);
        this.homes = Map.copyOf(homes);
        for (User u : this.users) {
            usersByName.put(u.username().toLowerCase(Locale.ROOT), u);
        }
        for (Host h : this.hosts) {
            hostsByName.put(h.name().toLowerCase(Locale.ROOT), h);
            hostsByIp.put(h.ip(), h);
        }
    }

    /** The organisation of {@code scenario}, drawn from the {@code world} stream of {@code streams}: the same seed gives the same world. */
    /** The name of a network device that logs ({@code proxy01}, {@code vpn-gw01}): with the variant's site code in a variant. */
    public String device(String base) {
        return naming.linuxHost(base);
    }

    public static World build(Scenario scenario, RandomStreams streams) {
        return new WorldBuilder(scenario.organisation(), streams).build();
    }

    public String name() {
        return name;
    }

    /** The DNS name of the Windows domain, e.g. {@code harbourfinch.local}. */
    public String domain() {
        return domain;
    }

    /** The NetBIOS name of the domain, as {@code TargetDomainName} carries it, e.g. {@code HARBOURFINCH}. */
    public String netbiosDomain() {
        return netbiosDomain;
    }

    /** The domain SID ({@code S-1-5-21-...}); account SIDs append a relative id. */
    public String domainSid() {
        return domainSid;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public BusinessHours businessHours() {
        return businessHours;
    }

    /** The office subnet the workstations sit in. */
    public Subnet officeSubnet() {
        return officeSubnet;
    }

    /** The server subnet. */
    public Subnet serverSubnet() {
        return serverSubnet;
    }

    public List<User> users() {
        return users;
    }

    public List<Host> hosts() {
        return hosts;
    }

    public List<ServiceAccount> serviceAccounts() {
        return serviceAccounts;
    }

    /** Public addresses outside the organisation (documentation ranges), for attackers and remote peers. */
    public List<ExternalAddress> externalAddresses() {
        return externalAddresses;
    }

    /** The offices, the head office first. */
    public List<Office> offices() {
        return offices;
    }

    /** The office this user works at. */
    public Office officeOf(User user) {
        return offices.stream().filter(o -> o.name().equals(user.office())).findFirst().orElse(offices.get(0));
    }

    /** The public address of this user's home broadband, in their office's country. */
    public ExternalAddress homeOf(User user) {
        return homes.get(user.username());
    }

    /** The public addresses of the organisation's VPN exit nodes abroad (empty when it has none). */
    public List<ExternalAddress> vpnExits() {
        return vpnExits;
    }

    /** The public mail domain: the Windows domain with {@code .local} or {@code .lan} replaced by {@code .com}. */
    public String mailDomain() {
        return domain.replaceFirst("\\.(local|lan|internal|corp)$", ".com");
    }

    /** The user with this username, any case. */
    public Optional<User> user(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(usersByName.get(username.toLowerCase(Locale.ROOT)));
    }

    /** The host with this name, any case. */
    public Optional<Host> host(String hostName) {
        return hostName == null ? Optional.empty() : Optional.ofNullable(hostsByName.get(hostName.toLowerCase(Locale.ROOT)));
    }

    public Optional<Host> hostByIp(String ip) {
        return Optional.ofNullable(hostsByIp.get(ip));
    }

    /** The hosts of one role, in build order. */
    public List<Host> hosts(HostRole role) {
        return hosts.stream().filter(h -> h.role() == role).toList();
    }

    /** The workstation this user logs on at. */
    public Host workstationOf(User user) {
        return hostsByName.get(user.workstation().toLowerCase(Locale.ROOT));
    }
}
