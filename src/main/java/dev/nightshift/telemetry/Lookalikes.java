package dev.nightshift.telemetry;

import dev.nightshift.scenario.Lookalike;
import dev.nightshift.scenario.Vocabulary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.nightshift.sim.SeededRandom;

/**
 * The registry of look-alike generators by the kind scenario files name ({@code lookalikes[].kind}); it holds
 * exactly the kinds of {@link Vocabulary#lookalikes()}, checked when the class loads.
 */
final class Lookalikes {

    /** Schedules one configured look-alike's episodes. */
    @FunctionalInterface
    interface Starter {
        void start(Context context, Lookalike config, SeededRandom random);
    }

    static final Map<String, Starter> REGISTRY;

    static {
        Map<String, Starter> r = new LinkedHashMap<>();
        r.put("password-typos", (c, l, rnd) -> new PasswordTypos(c.windows, c.schedule, rnd).start(l, c.start, c.end));
        r.put("vpn-abroad", (c, l, rnd) -> {
            IdentityLookalikes g = new IdentityLookalikes(c, rnd);
            Episodes.schedule(c, l.count(), true, rnd, g::vpnAbroad);
        });
        r.put("admin-encoded-powershell", (c, l, rnd) -> {
            EndpointLookalikes g = new EndpointLookalikes(c, rnd);
            Episodes.schedule(c, l.count(), true, rnd, g::encodedPowerShell);
        });
        r.put("backup-rename", (c, l, rnd) -> {
            EndpointLookalikes g = new EndpointLookalikes(c, rnd);
            Episodes.schedule(c, l.count(), false, rnd, t -> g.backupRename(t, l.size()));
        });
        r.put("vulnerability-scan", (c, l, rnd) -> {
            NetworkLookalikes g = new NetworkLookalikes(c, rnd);
            Episodes.schedule(c, l.count(), false, rnd, t -> g.vulnerabilityScan(t, l.size()));
        });
        r.put("password-change-lockout", (c, l, rnd) -> {
            IdentityLookalikes g = new IdentityLookalikes(c, rnd);
            Episodes.schedule(c, l.count(), true, rnd, t -> g.passwordChangeLockout(t, l.size()));
        });
        r.put("it-account-script", (c, l, rnd) -> {
            IdentityLookalikes g = new IdentityLookalikes(c, rnd);
            Episodes.schedule(c, l.count(), true, rnd, t -> g.itAccountScript(t, l.size()));
        });
        r.put("telemetry-dns", (c, l, rnd) -> {
            EndpointLookalikes g = new EndpointLookalikes(c, rnd);
            Episodes.schedule(c, l.count(), true, rnd, t -> g.telemetryDns(t, l.size()));
        });
        r.put("admin-share-access", (c, l, rnd) -> {
            IdentityLookalikes g = new IdentityLookalikes(c, rnd);
            Episodes.schedule(c, l.count(), true, rnd, t -> g.adminShareAccess(t, l.size()));
        });
        r.put("large-upload", (c, l, rnd) -> {
            NetworkLookalikes g = new NetworkLookalikes(c, rnd);
            Episodes.schedule(c, l.count(), true, rnd, t -> g.largeUpload(t, l.size()));
        });
        REGISTRY = Collections.unmodifiableMap(r);
        if (!REGISTRY.keySet().equals(Vocabulary.lookalikes().keySet())) {
            throw new IllegalStateException("look-alike registry " + REGISTRY.keySet() + " differs from the vocabulary "
                    + Vocabulary.lookalikes().keySet());
        }
    }

    private Lookalikes() {
    }
}
