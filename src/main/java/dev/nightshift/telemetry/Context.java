package dev.nightshift.telemetry;

import dev.nightshift.scenario.HostRole;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.world.Host;
import dev.nightshift.world.User;
import dev.nightshift.world.World;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.nightshift.sim.SeededRandom;

/**
 * What every generator of one run shares: the world, its Windows view, the schedule, the shift's bounds and the
 * names of the network devices that log (proxy, firewall, VPN gateway, mail gateway, DNS server, AWS account).
 */
final class Context implements java.io.Serializable {

    final World world;
    final Windows windows;
    final Schedule schedule;
    final Instant start;
    final Instant end;
    final List<User> it;
    final List<Host> windowsServers;
    final Host dnsServer;
    final String proxy;
    final String firewall;
    final String vpnGateway;
    final String mailGateway;
    final String awsAccount;
    private final Map<String, String> userAgents = new HashMap<>();

    Context(World world, Schedule schedule, Instant start, Instant end, RandomStreams streams) {
        this.world = world;
        this.proxy = world.device("proxy01");
        this.firewall = world.device("fw01");
        this.vpnGateway = world.device("vpn-gw01");
        this.mailGateway = world.device("mx01");
        this.windows = new Windows(world);
        this.schedule = schedule;
        this.start = start;
        this.end = end;
        List<User> itStaff = world.users().stream().filter(User::isIt).toList();
        this.it = itStaff.isEmpty() ? world.users() : itStaff;
        this.windowsServers = world.hosts().stream().filter(h -> h.isWindows() && h.role() != HostRole.WORKSTATION).toList();
        List<Host> dcs = world.hosts(HostRole.DOMAIN_CONTROLLER);
        this.dnsServer = dcs.isEmpty() ? windowsServers.isEmpty() ? world.hosts().get(0) : windowsServers.get(0) : dcs.get(0);
        SeededRandom aws = streams.stream("world:aws");
        this.awsAccount = String.valueOf(100_000_000_000L + aws.nextLong(800_000_000_000L));
        SeededRandom agents = streams.stream("world:agents");
        for (User u : world.users()) {
            userAgents.put(u.username(), Internet.USER_AGENTS.get(agents.nextInt(3)));
        }
    }

    /** The browser user agent of {@code user}'s workstation. */
    String browser(User user) {
        return userAgents.get(user.username());
    }

    Host workstation(User user) {
        return world.workstationOf(user);
    }

    String fqdn(Host host) {
        return windows.fqdn(host);
    }

    /** {@code DOMAIN\\user} as Sysmon writes the user. */
    String account(User user) {
        return world.netbiosDomain() + "\\" + user.username();
    }

    /** The first server of {@code role}, or the DNS server when the organisation has none. */
    Host server(HostRole role) {
        List<Host> hosts = world.hosts(role);
        return hosts.isEmpty() ? dnsServer : hosts.get(0);
    }
}
