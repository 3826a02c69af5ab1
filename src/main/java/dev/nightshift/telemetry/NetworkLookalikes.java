package dev.nightshift.telemetry;

import dev.nightshift.scenario.HostRole;
import dev.nightshift.world.Host;
import dev.nightshift.world.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import dev.nightshift.sim.SeededRandom;

/** Look-alikes on the network: the vulnerability scanner's sweep ({@code vulnerability-scan}) and large legitimate uploads ({@code large-upload}). */
final class NetworkLookalikes implements java.io.Serializable {

    private static final List<Integer> PORTS = List.of(21, 22, 23, 25, 80, 135, 139, 443, 445, 1433, 3306, 3389, 5985, 8080);

    private final Context c;
    private final SeededRandom random;

    NetworkLookalikes(Context c, SeededRandom random) {
        this.c = c;
        this.random = random;
    }

    void vulnerabilityScan(Instant t, int hosts) {
        Truth truth = Truth.lookalike("vulnerability-scan");
        String scanner = c.world.serverSubnet().address(250);
        List<Host> all = new ArrayList<>(c.world.hosts());
        Instant at = t;
        for (int i = 0; i < hosts; i++) {
            Host target = all.get(random.nextInt(all.size()));
            for (int port : PORTS) {
                boolean open = port == 445 || port == 135 || (port == 3389 && target.role() != HostRole.WORKSTATION);
                c.schedule.emit(Firewall.session(at, c.firewall, scanner, 40000 + random.nextInt(20000), target.ip(), port, "tcp",
                        open ? "accept" : "deny", open ? "allow-internal" : "default-deny-internal", 60, open ? 60 : 0, "internal", truth));
                at = at.plusMillis(5 + random.nextInt(40));
            }
            if (target.isWindows() && random.nextInt(3) == 0) {
                Logon probe = new Logon(target.name(), c.fqdn(target), c.world.netbiosDomain(), null, "nessus-scan", c.world.netbiosDomain(), 3,
                        "NTLM", scanner, String.valueOf(Draws.port(random)), "NESSUS01", null, null);
                c.schedule.emit(WindowsSecurity.failure(at, probe, WindowsSecurity.WRONG_PASSWORD, truth));
            }
            at = Draws.after(at, Duration.ofMillis(300), Duration.ofSeconds(4), random);
        }
    }

    void largeUpload(Instant t, int uploads) {
        Truth truth = Truth.lookalike("large-upload");
        List<User> marketing = c.world.users().stream().filter(u -> u.department().equals("Marketing") || u.department().equals("Sales")).toList();
        User user = Draws.pick(marketing.isEmpty() ? c.world.users() : marketing, random);
        Host ws = c.workstation(user);
        Internet.Site site = Internet.SITES.stream().filter(s -> s.host().equals("wetransfer.com")).findFirst().orElseThrow();
        Instant at = t;
        for (int i = 0; i < uploads; i++) {
            long bytes = 150_000_000L + random.nextLong(750_000_000L);
            c.schedule.emit(Proxy.request(at, c.proxy, ws.ip(), user.username(), Internet.address(site), new Proxy.Request("POST", "https",
                    site.host(), "/api/v4/transfers/upload", "part=" + (i + 1), c.browser(user), "https://wetransfer.com/", bytes,
                    900 + random.nextInt(400), 200, "application/json", site.category()), truth));
            c.schedule.emit(Firewall.session(at, c.firewall, ws.ip(), Draws.port(random), Internet.address(site), 443, "tcp", "accept",
                    "allow-web-out", bytes + 40_000, 60_000 + random.nextInt(90_000), "outbound", truth));
            at = Draws.after(at, Duration.ofSeconds(40), Duration.ofMinutes(4), random);
        }
    }
}
