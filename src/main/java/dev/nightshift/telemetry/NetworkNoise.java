package dev.nightshift.telemetry;

import dev.nightshift.world.ExternalAddress;
import dev.nightshift.world.Host;
import dev.nightshift.world.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import dev.nightshift.sim.SeededRandom;

/**
 * Benign network-device noise from one user's browsing and office work, per device: DNS server lookups (with
 * NXDOMAIN typos and internal names), web proxy requests (pages, API posts, uploads to collaboration sites, software
 * downloads) and firewall sessions (outbound web, internal services, and the internet's scanners denied at the edge).
 */
final class NetworkNoise implements java.io.Serializable {

    private static final Truth BENIGN = Truth.benign();
    private static final List<String> PATHS = List.of("/", "/index.html", "/api/v1/status", "/assets/app.js", "/static/css/main.css",
            "/search", "/news/article-%n", "/images/logo.png", "/owa/", "/api/v2/messages", "/favicon.ico", "/downloads/report-%n.pdf");
    private static final List<Integer> SCANNED_PORTS = List.of(22, 23, 80, 443, 445, 1433, 3389, 5900, 8080, 8443);

    private final Context c;
    private final SeededRandom random;

    NetworkNoise(Context c, SeededRandom random) {
        this.c = c;
        this.random = random;
    }

    Event dns(Instant t, User user) {
        Host ws = c.workstation(user);
        int roll = random.nextInt(100);
        if (roll < 20) {
            Host server = Draws.pick(c.windowsServers.isEmpty() ? List.of(c.dnsServer) : c.windowsServers, random);
            return Dns.query(t, c.dnsServer.name(), ws.ip(), Draws.port(random), c.fqdn(server), "A", "NOERROR", server.ip(), BENIGN);
        }
        if (roll < 23) {
            String typo = random.nextBoolean() ? "wpad." + c.world.domain() : "www.gooogle.com";
            return Dns.query(t, c.dnsServer.name(), ws.ip(), Draws.port(random), typo, "A", "NXDOMAIN", null, BENIGN);
        }
        Internet.Site site = Internet.site(random);
        boolean aaaa = random.nextInt(8) == 0;
        return Dns.query(t, c.dnsServer.name(), ws.ip(), Draws.port(random), site.host(), aaaa ? "AAAA" : "A", "NOERROR",
                aaaa ? "2606:4700::" + Integer.toHexString(Math.floorMod(site.host().hashCode(), 0xffff)) : Internet.address(site), BENIGN);
    }

    Event proxy(Instant t, User user) {
        Host ws = c.workstation(user);
        Internet.Site site = Internet.site(random);
        int roll = random.nextInt(100);
        String path = Draws.pick(PATHS, random).replace("%n", String.valueOf(100 + random.nextInt(900)));
        Proxy.Request r;
        if (roll < 8 && site.uploads()) {
            long size = Math.min(400_000_000L, Math.round(20_000 * Math.pow(1 - random.nextDouble(), -1.1)));
            r = new Proxy.Request("POST", "https", site.host(), "/upload/v1/files", "uploadType=resumable", c.browser(user), null,
                    size, 600 + random.nextInt(900), 200, "application/json", site.category());
        } else if (roll < 16) {
            r = new Proxy.Request("POST", "https", site.host(), "/api/v1/events", null, c.browser(user), "https://" + site.host() + "/",
                    800 + random.nextInt(6000), 200 + random.nextInt(800), random.nextInt(10) == 0 ? 204 : 200, "application/json", site.category());
        } else if (roll < 18) {
            r = new Proxy.Request("GET", "https", "download.windowsupdate.com", "/c/msdownload/update/software/updt/2026/03/windows11.0-kb50" + (10000 + random.nextInt(89999)) + ".exe",
                    null, "Microsoft-Delivery-Optimization/10.0", null, 400, 2_000_000 + random.nextInt(60_000_000), 200,
                    "application/octet-stream", "Software Updates");
        } else {
            int status = random.nextInt(20) == 0 ? 404 : random.nextInt(6) == 0 ? 304 : 200;
            r = new Proxy.Request("GET", "https", site.host(), path, random.nextInt(4) == 0 ? "q=" + (1000 + random.nextInt(9000)) : null,
                    c.browser(user), random.nextBoolean() ? "https://" + site.host() + "/" : null, 300 + random.nextInt(900),
                    status == 304 ? 0 : 500 + Math.round(30_000 * Math.pow(1 - random.nextDouble(), -0.8)), status,
                    path.endsWith(".js") ? "application/javascript" : path.endsWith(".png") ? "image/png" : "text/html", site.category());
        }
        return Proxy.request(t, c.proxy, ws.ip(), user.username(), Internet.address(site), r, BENIGN);
    }

    Event firewall(Instant t, User user) {
        Host ws = c.workstation(user);
        int roll = random.nextInt(100);
        if (roll < 55) {
            Internet.Site site = Internet.site(random);
            return Firewall.session(t, c.firewall, ws.ip(), Draws.port(random), Internet.address(site), random.nextInt(10) == 0 ? 80 : 443,
                    "tcp", "accept", "allow-web-out", 800 + random.nextInt(20_000), 2_000 + random.nextInt(400_000), "outbound", BENIGN);
        }
        if (roll < 80) {
            Host server = Draws.pick(c.windowsServers.isEmpty() ? List.of(c.dnsServer) : c.windowsServers, random);
            int port = Draws.pick(List.of(445, 88, 389, 53, 135, 443), random);
            return Firewall.session(t, c.firewall, ws.ip(), Draws.port(random), server.ip(), port, port == 53 ? "udp" : "tcp", "accept",
                    "allow-internal", 200 + random.nextInt(9000), 300 + random.nextInt(90_000), "internal", BENIGN);
        }
        ExternalAddress scanner = Draws.pick(c.world.externalAddresses(), random);
        ExternalAddress edge = c.world.officeOf(user).egress();
        return Firewall.session(t, c.firewall, scanner.ip(), Draws.port(random), edge.ip(), Draws.pick(SCANNED_PORTS, random), "tcp", "deny",
                "default-deny-in", 60, 0, "inbound", BENIGN);
    }

    /** The resolvers and update services that servers poll on fixed periods. */
    void jobs(NoiseDriver driver, String source) {
        for (Host server : c.windowsServers) {
            driver.every(Duration.ofMinutes(10), source + ":" + server.name(), (t, r) -> switch (source) {
                case "dns" -> Dns.query(t, c.dnsServer.name(), server.ip(), Draws.port(r), "time.windows.com", "A", "NOERROR", "168.61.215.74", BENIGN);
                case "firewall" -> Firewall.session(t, c.firewall, server.ip(), 123, "168.61.215.74", 123, "udp", "accept", "allow-ntp", 76, 76,
                        "outbound", BENIGN);
                default -> Proxy.request(t, c.proxy, server.ip(), server.name() + "$", "13.107.4.50",
                        new Proxy.Request("GET", "http", "ctldl.windowsupdate.com", "/msdownload/update/v3/static/trustedr/en/authrootstl.cab",
                                null, "Microsoft-CryptoAPI/10.0", null, 250, 6_000 + r.nextInt(500), 200, "application/vnd.ms-cab-compressed",
                                "Software Updates"), BENIGN);
            });
        }
    }
}
