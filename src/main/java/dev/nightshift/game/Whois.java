package dev.nightshift.game;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.telemetry.Event;
import dev.nightshift.world.Enrichment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole card of a host, user or address and its recent activity in the logs collected so far: the alerts whose
 * events name it (newest first) and how many events name it, with the latest of them. Never reads the future.
 */
public record Whois(EntityKind kind, String name, List<String> card, List<CaseAlert> alerts, int events,
                    List<Event> latest) {

    /** How many of the latest events and alerts a card shows. */
    static final int SHOWN = 5;

    public Whois {
        card = List.copyOf(card);
        alerts = List.copyOf(alerts);
        latest = List.copyOf(latest);
    }

    static Whois of(Enrichment enrichment, EntityKind kind, String name, List<Event> seen, List<CaseAlert> queue) {
        List<String> card = enrichment.card(kind.word(), name.trim()).orElseThrow(() -> GameException.badInput(switch (kind) {
            case HOST -> "there is no host " + name + " in " + enrichment.world().name() + "; host names look like WS-0123 or DC01";
            case USER -> "there is no user " + name + " in " + enrichment.world().name() + "; usernames look like j.smith";
            case IP -> "'" + name + "' is not an IPv4 address such as 203.0.113.7";
        }));
        List<String> forms = forms(enrichment, kind, name.trim());
        int count = 0;
        List<Event> latest = new ArrayList<>();
        for (Event e : seen) {
            if (mentions(e, forms)) {
                count++;
                latest.add(e);
                if (latest.size() > SHOWN) {
                    latest.remove(0);
                }
            }
        }
        List<CaseAlert> alerts = new ArrayList<>();
        for (int i = queue.size() - 1; i >= 0 && alerts.size() < SHOWN; i--) {
            if (queue.get(i).events().stream().anyMatch(e -> mentions(e, forms))) {
                alerts.add(queue.get(i));
            }
        }
        return new Whois(kind, name.trim(), card, alerts, count, latest);
    }

    /** The lower-case forms the entity's name takes in log fields: the name, and for a host its FQDN. */
    private static List<String> forms(Enrichment enrichment, EntityKind kind, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (kind == EntityKind.HOST) {
            return List.of(n, n + "." + enrichment.world().domain().toLowerCase(Locale.ROOT));
        }
        return List.of(n);
    }

    static boolean mentions(Event e, List<String> forms) {
        if (e.host() != null && forms.contains(e.host().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return mentions(e.fields(), forms);
    }

    private static boolean mentions(Map<?, ?> fields, List<String> forms) {
        for (Object value : fields.values()) {
            if (value instanceof Map<?, ?> nested) {
                if (mentions(nested, forms)) {
                    return true;
                }
            } else if (value instanceof String s && names(s.toLowerCase(Locale.ROOT), forms)) {
                return true;
            }
        }
        return false;
    }

    /** A field value names the entity when it is the name, {@code DOMAIN\name}, {@code name@domain} or {@code name$}. */
    private static boolean names(String value, List<String> forms) {
        for (String f : forms) {
            if (value.equals(f) || value.endsWith("\\" + f) || value.startsWith(f + "@") || value.equals(f + "$")) {
                return true;
            }
        }
        return false;
    }
}
