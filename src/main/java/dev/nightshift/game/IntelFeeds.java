package dev.nightshift.game;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.Intel;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.Stage;
import dev.nightshift.telemetry.KnownInternet;
import dev.nightshift.telemetry.StageState;
import dev.nightshift.world.Enrichment;
import dev.nightshift.world.ExternalAddress;
import dev.nightshift.world.User;
import dev.nightshift.world.World;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.nightshift.sim.SeededRandom;

/**
 * The simulated threat-intelligence feeds of one shift, fixed when the shift opens: drawn from the scenario's
 * {@code intel} section, the seeded world and the attack's resolved infrastructure. Like real feeds they are
 * partial and imperfect: only {@code coverage} percent of the attack's indicators are known, {@code stale} of those
 * (at most half of them) only from an old low-confidence sighting, the internet's scanners (which also probe the organisation) are flagged
 * whether or not they attack, {@code false_flags} benign indicators of the organisation's own world are flagged
 * wrongly, and common benign indicators are known good. Everything else is unknown.
 */
public final class IntelFeeds implements java.io.Serializable {

    /** One feed's entry for an indicator: verdict, source, confidence (0..100), first and last seen, tags. */
    public record Entry(String indicator, String kind, String verdict, String source, int confidence,
                        LocalDate firstSeen, LocalDate lastSeen, List<String> tags) implements java.io.Serializable {
        public Entry {
            tags = List.copyOf(tags);
        }
    }

    private static final Map<String, List<String>> BAD_SOURCES = Map.of(
            "ip", List.of("AlienVault OTX", "abuse.ch ThreatFox", "Spamhaus DROP", "AbuseIPDB"),
            "domain", List.of("abuse.ch ThreatFox", "AlienVault OTX", "Cisco Talos"),
            "url", List.of("abuse.ch URLhaus", "AlienVault OTX"),
            "email", List.of("PhishTank", "Spamhaus DBL"),
            "hash", List.of("abuse.ch MalwareBazaar", "VirusTotal (community)"),
            "user-agent", List.of("AlienVault OTX"));
    /** Legitimate services an attacker may abuse: the feeds know them as what they are, not as the attacker's. */
    private static final List<String> LEGITIMATE = List.of("mega.nz", "dropbox.com", "wetransfer.com", "drive.google.com");

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private IntelFeeds() {
    }

    /** The feeds of a shift: {@code random} is the seed's {@code intel} stream, so the same seed gives the same feeds. */
    static IntelFeeds build(Scenario scenario, World world, List<StageState> stages, SeededRandom random) {
        IntelFeeds feeds = new IntelFeeds();
        Intel intel = scenario.intel();
        LocalDate day = LocalDate.ofInstant(scenario.start(), ZoneOffset.UTC);
        feeds.knownGood(day);
        Map<String, StageState> byId = new LinkedHashMap<>();
        stages.forEach(s -> byId.put(s.id(), s));
        List<String[]> attack = attackIndicators(scenario, world, byId);
        List<String> attackKeys = attack.stream().map(a -> a[1]).toList();
        feeds.scanners(world, attackKeys, day, random);
        List<String[]> known = new ArrayList<>();
        for (String[] a : attack) {
            if (random.nextInt(100) < intel.coverage()) {
                known.add(a);
            }
        }
        int staleCount = Math.min(intel.stale(), known.size() / 2);
        for (int i = 0; i < known.size(); i++) {
            String[] a = known.get(i);
            boolean stale = i >= known.size() - staleCount;
            List<String> sources = BAD_SOURCES.get(a[0]);
            String source = sources.get(random.nextInt(sources.size()));
            if (stale) {
                LocalDate last = day.minusDays(120 + random.nextInt(240));
                feeds.put(new Entry(a[1], a[0], "suspicious", source + " (archived report)", 15 + random.nextInt(20),
                        last.minusDays(30 + random.nextInt(300)), last, List.of(a[2], "expired")));
            } else {
                LocalDate last = day.minusDays(random.nextInt(7));
                feeds.put(new Entry(a[1], a[0], "malicious", source, 60 + random.nextInt(36),
                        last.minusDays(3 + random.nextInt(90)), last, List.of(a[2])));
            }
        }
        feeds.falseFlags(world, attackKeys, intel.falseFlags(), day, random);
        for (Intel.Entry e : intel.entries()) {
            String value = e.stage() == null ? e.indicator()
                    : Optional.ofNullable(byId.get(e.stage())).map(s -> s.entities().get(EntityKind.IP)).orElse(null);
            if (value != null) {
                Indicator indicator = Indicator.parse(value);
                feeds.put(new Entry(indicator.key(), indicator.kind(), e.verdict(), e.source(), e.confidence(),
                        day.minusDays(e.firstSeen().toDays()), day.minusDays(e.lastSeen().toDays()), e.tags()));
            }
        }
        return feeds;
    }

    /** What the feeds say about {@code indicator}; empty when it is unknown to them. */
    public Optional<Entry> lookup(Indicator indicator) {
        return Optional.ofNullable(entries.get(indicator.key()));
    }

    /** Every entry, in the order the feeds were filled: for tests and instructors, never for a trainee's command. */
    List<Entry> all() {
        return List.copyOf(entries.values());
    }

    private void put(Entry e) {
        entries.put(Indicator.key(e.kind(), e.indicator()), e);
    }

    private void knownGood(LocalDate day) {
        for (KnownInternet.Site site : KnownInternet.sites()) {
            if (!site.category().equals("Uncategorized")) {
                put(new Entry(site.host(), "domain", "benign", "Tranco top sites", 95, day.minusDays(2000), day,
                        List.of(site.category().toLowerCase(java.util.Locale.ROOT))));
                put(new Entry(site.address(), "ip", "benign", "provider ranges", 90, day.minusDays(2000), day,
                        List.of("cloud")));
            }
        }
        for (String domain : KnownInternet.partnerDomains()) {
            put(new Entry(domain, "domain", "benign", "Tranco top sites", 85, day.minusDays(2000), day, List.of("business")));
        }
        for (String agent : KnownInternet.userAgents()) {
            put(new Entry(agent, "user-agent", "benign", "user-agent census", 80, day.minusDays(400), day, List.of("browser")));
        }
        for (String image : KnownInternet.COMMON_IMAGES) {
            String hashes = KnownInternet.hashes(image);
            for (String algorithm : List.of("SHA256", "MD5")) {
                put(new Entry(KnownInternet.hash(hashes, algorithm), "hash", "benign", "NIST NSRL", 99, day.minusDays(900),
                        day.minusDays(30), List.of("signed", image.substring(image.lastIndexOf('\\') + 1).toLowerCase(java.util.Locale.ROOT))));
            }
        }
        for (String domain : LEGITIMATE) {
            put(new Entry(domain, "domain", "benign", "Tranco top sites", 90, day.minusDays(2000), day, List.of("file sharing")));
        }
    }

    /** About a third of the internet addresses around scan everyone, the organisation included: the feeds flag them. */
    private void scanners(World world, List<String> attackKeys, LocalDate day, SeededRandom random) {
        for (ExternalAddress a : world.externalAddresses()) {
            if (random.nextInt(3) == 0 && !attackKeys.contains(a.ip())) {
                LocalDate last = day.minusDays(random.nextInt(20));
                put(new Entry(a.ip(), "ip", "suspicious", "GreyNoise", 50 + random.nextInt(30),
                        last.minusDays(10 + random.nextInt(200)), last, List.of("scanner")));
            }
        }
    }

    /** Benign indicators of this world that the feeds flag wrongly: VPN exits, staff's home broadband, small partner sites. */
    private void falseFlags(World world, List<String> attackKeys, int count, LocalDate day, SeededRandom random) {
        List<String[]> candidates = new ArrayList<>();
        world.vpnExits().forEach(a -> candidates.add(new String[] {"ip", a.ip(), "anonymizer"}));
        for (User u : world.users()) {
            ExternalAddress home = world.homeOf(u);
            if (home != null && random.nextInt(8) == 0) {
                candidates.add(new String[] {"ip", home.ip(), "residential-proxy"});
            }
        }
        for (KnownInternet.Site site : KnownInternet.sites()) {
            if (site.category().equals("Uncategorized")) {
                candidates.add(new String[] {"domain", site.host(), "newly-registered"});
            }
        }
        candidates.add(new String[] {"domain", KnownInternet.TELEMETRY_DOMAIN, "dns-tunnel"});
        candidates.removeIf(c -> attackKeys.contains(c[1]));
        for (int i = 0; i < count && !candidates.isEmpty(); i++) {
            String[] c = candidates.remove(random.nextInt(candidates.size()));
            List<String> sources = BAD_SOURCES.get(c[0]);
            LocalDate last = day.minusDays(random.nextInt(30));
            put(new Entry(c[1], c[0], random.nextBoolean() ? "malicious" : "suspicious",
                    sources.get(random.nextInt(sources.size())), 40 + random.nextInt(40),
                    last.minusDays(5 + random.nextInt(120)), last, List.of(c[2])));
        }
    }

    /** The attack's infrastructure in this world, as {kind, key, tag}: its external addresses, domains, URLs, senders and tools' hashes. */
    private static List<String[]> attackIndicators(Scenario scenario, World world, Map<String, StageState> stages) {
        Map<String, String[]> out = new LinkedHashMap<>();
        Enrichment places = new Enrichment(world);
        for (Stage stage : scenario.stages()) {
            StageState state = stages.get(stage.id());
            String tag = tag(stage.emits().kind());
            String ip = state == null ? null : state.entities().get(EntityKind.IP);
            if (ip != null && places.ip(ip).startsWith("external") && !places.ip(ip).contains(";")) {
                out.putIfAbsent(ip, new String[] {"ip", ip, tag});
            }
            Map<String, Object> p = stage.emits().params();
            text(p, "domain").filter(d -> !LEGITIMATE.contains(d.toLowerCase(java.util.Locale.ROOT)))
                    .ifPresent(d -> out.putIfAbsent(d.toLowerCase(java.util.Locale.ROOT), new String[] {"domain", d.toLowerCase(java.util.Locale.ROOT), tag}));
            text(p, "url").ifPresent(u -> {
                Indicator url = Indicator.parse(u);
                out.putIfAbsent(url.key(), new String[] {"url", url.key(), tag});
                String host = url.key().replaceFirst("^[a-z0-9+.-]+://", "").replaceFirst("[/:].*$", "");
                out.putIfAbsent(host, new String[] {"domain", host, tag});
            });
            text(p, "sender").ifPresent(s -> {
                String sender = s.toLowerCase(java.util.Locale.ROOT);
                out.putIfAbsent(sender, new String[] {"email", sender, tag});
                String domain = sender.substring(sender.indexOf('@') + 1);
                out.putIfAbsent(domain, new String[] {"domain", domain, tag});
            });
            for (String image : tools(stage)) {
                String sha = KnownInternet.hash(KnownInternet.hashes(image), "SHA256");
                out.putIfAbsent(sha, new String[] {"hash", sha, "malware"});
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The attacker's own executables a stage runs, as the logs name them. */
    private static List<String> tools(Stage stage) {
        Map<String, Object> p = stage.emits().params();
        return switch (stage.emits().kind()) {
            case "lsass-dump" -> switch (text(p, "method").orElse("comsvcs")) {
                case "mimikatz" -> List.of("C:\\Users\\Public\\mm.exe");
                case "procdump" -> List.of("C:\\Users\\Public\\procdump64.exe");
                default -> List.of();
            };
            case "encrypt-files" -> List.of("C:\\Windows\\Temp\\svchost32.exe");
            case "run-key" -> text(p, "program").map(List::of).orElse(List.of());
            default -> List.of();
        };
    }

    private static String tag(String emitter) {
        return switch (emitter) {
            case "password-spray", "ssh-brute-force" -> "brute-force";
            case "phishing-email" -> "phishing";
            case "http-beacon", "powershell" -> "c2";
            case "dns-tunnel" -> "dns-tunnel";
            case "tool-download" -> "malware-distribution";
            case "aws-api" -> "cloud-abuse";
            default -> "attacker";
        };
    }

    private static Optional<String> text(Map<String, Object> params, String name) {
        Object v = params.get(name);
        return v instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}
