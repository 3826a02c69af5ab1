package dev.nightshift.telemetry;

import dev.nightshift.scenario.NoiseSource;
import dev.nightshift.scenario.Vocabulary;
import dev.nightshift.sim.RandomStreams;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registry of noise generators by the key scenario files name them with ({@code noise[].source}); it holds
 * exactly the sources of {@link Vocabulary#SOURCES}, checked when the class loads.
 */
final class NoiseSources {

    /** Starts one configured source: schedules its first activities and its periodic jobs. */
    @FunctionalInterface
    interface Starter {
        void start(Context context, NoiseSource config, RandomStreams streams);
    }

    static final Map<String, Starter> REGISTRY;

    static {
        Map<String, Starter> r = new LinkedHashMap<>();
        r.put("windows-logons", (c, cfg, s) -> new WindowsLogonNoise(c.windows, c.schedule, arrivals(c, cfg, s), s.stream("events"), c.end)
                .start(c.start));
        r.put("linux-sshd", (c, cfg, s) -> new SshdNoise(c.world, c.schedule, arrivals(c, cfg, s), s.stream("events"), c.end).start(c.start));
        r.put("windows-security", (c, cfg, s) -> {
            WindowsSecurityNoise noise = new WindowsSecurityNoise(c, s.stream("events"));
            NoiseDriver driver = new NoiseDriver(c, cfg, s, noise::activity);
            noise.jobs(driver);
            driver.start();
        });
        r.put("sysmon", (c, cfg, s) -> new NoiseDriver(c, cfg, s, new SysmonNoise(c, s.stream("events"))::activity).start());
        r.put("dns", (c, cfg, s) -> network(c, cfg, s, "dns"));
        r.put("web-proxy", (c, cfg, s) -> network(c, cfg, s, "web-proxy"));
        r.put("firewall", (c, cfg, s) -> network(c, cfg, s, "firewall"));
        r.put("vpn", (c, cfg, s) -> new NoiseDriver(c, cfg, s, new RemoteAccessNoise(c, s.stream("events"))::vpn).start());
        r.put("idp-signin", (c, cfg, s) -> new NoiseDriver(c, cfg, s, new RemoteAccessNoise(c, s.stream("events"))::signIn).start());
        r.put("cloudtrail", (c, cfg, s) -> {
            CloudNoise noise = new CloudNoise(c, s.stream("events"));
            NoiseDriver driver = new NoiseDriver(c, cfg, s, noise::activity);
            noise.jobs(driver);
            driver.start();
        });
        r.put("email-gateway", (c, cfg, s) -> new NoiseDriver(c, cfg, s, new MailNoise(c, s.stream("events"))::activity).start());
        REGISTRY = Collections.unmodifiableMap(r);
        if (!REGISTRY.keySet().equals(new java.util.LinkedHashSet<>(Vocabulary.SOURCES))) {
            throw new IllegalStateException("noise registry " + REGISTRY.keySet() + " differs from the vocabulary " + Vocabulary.SOURCES);
        }
    }

    private NoiseSources() {
    }

    private static Arrivals arrivals(Context c, NoiseSource cfg, RandomStreams s) {
        return new Arrivals(cfg.ratePerHour(), cfg.profile(), c.world.timeZone(), c.world.businessHours(), s.stream("arrivals"));
    }

    private static void network(Context c, NoiseSource cfg, RandomStreams s, String device) {
        NetworkNoise noise = new NetworkNoise(c, s.stream("events"));
        NoiseDriver driver = new NoiseDriver(c, cfg, s, switch (device) {
            case "dns" -> noise::dns;
            case "firewall" -> noise::firewall;
            default -> noise::proxy;
        });
        noise.jobs(driver, device.equals("web-proxy") ? "proxy" : device);
        driver.start();
    }
}
