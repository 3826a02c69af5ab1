package dev.nightshift.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON Schema of scenario files, built from the model's rules and the {@link Vocabulary}, so the schema
 * shipped at {@code scenarios/schema/scenario.schema.json} names exactly what the loader accepts.
 */
public final class ScenarioSchema {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String DURATION = "^(\\d{1,6}d)?(\\d{1,6}h)?(\\d{1,6}m)?(\\d{1,6}s)?(\\d{1,6}ms)?$";
    private static final String ENTITY = "^(external|random|random:[A-Za-z ]+|workstation|role:[a-z-]+|stage:[a-z0-9-]+|[A-Za-z0-9][A-Za-z0-9._$-]*)$";

    private ScenarioSchema() {
    }

    /** The schema as pretty-printed JSON with a final line break. */
    public static String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("$id", "https://nightshift.dev/schema/scenario.schema.json");
        root.put("title", "nightshift scenario");
        root.put("description", "One SOC training scenario: the organisation, its noise, look-alikes, the attack, the rule pack, the answer key and scoring.");
        root.put("type", "object");
        root.set("required", strings("id", "title", "summary", "difficulty", "roles", "duration", "start", "seed", "briefing",
                "organisation", "answer_key", "scoring"));
        root.put("additionalProperties", false);
        ObjectNode p = root.putObject("properties");
        text(p, "id", "Lower-case letters, digits and '-'.").put("pattern", "^[a-z0-9][a-z0-9-]{0,63}$");
        text(p, "title", "Shown in the scenario list.");
        text(p, "summary", "One paragraph on what happens.");
        enumOf(p, "difficulty", Scenario.DIFFICULTIES, "How hard the scenario is.");
        ObjectNode roles = p.putObject("roles");
        roles.put("type", "array");
        roles.put("minItems", 1);
        roles.putObject("items").set("enum", strings(Scenario.ROLES.toArray(String[]::new)));
        text(p, "duration", "How long the shift lasts, e.g. 2h or 1h30m.").put("pattern", DURATION);
        text(p, "start", "ISO-8601 instant with an offset, e.g. 2026-03-10T08:30:00Z.").put("format", "date-time");
        p.putObject("seed").put("type", "integer").put("description", "The default seed; --seed overrides it.");
        text(p, "briefing", "What the trainee reads before the shift.");
        ObjectNode hints = p.putObject("hints");
        hints.put("type", "array");
        hints.putObject("items").put("type", "string");
        p.set("organisation", organisation());
        p.set("noise", list(noise()));
        p.set("lookalikes", list(lookalike()));
        ObjectNode attack = p.putObject("attack");
        attack.put("type", "object");
        attack.put("additionalProperties", false);
        attack.putObject("properties").set("stages", list(stage()));
        ObjectNode rules = p.putObject("rules");
        rules.put("type", "array");
        rules.put("description", "Sigma rule files, relative to the scenario file.");
        rules.putObject("items").put("type", "string").put("pattern", "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*\\.ya?ml$");
        p.set("answer_key", answerKey());
        p.set("playbook", playbook());
        p.set("engineer", engineer());
        p.set("intel", intel());
        ObjectNode scoring = p.putObject("scoring");
        scoring.put("type", "object");
        scoring.put("additionalProperties", false);
        scoring.put("description", "Points out of 100; the four must add up to 100.");
        scoring.set("required", strings("accuracy", "containment", "response", "fatigue"));
        ObjectNode sp = scoring.putObject("properties");
        for (String k : List.of("accuracy", "containment", "response", "fatigue")) {
            sp.putObject(k).put("type", "integer").put("minimum", 0).put("maximum", 100);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scenario schema", e);
        }
    }

    private static ObjectNode organisation() {
        ObjectNode o = object("name", "domain", "users", "time_zone", "business_hours");
        ObjectNode p = (ObjectNode) o.get("properties");
        text(p, "name", "The organisation's name.");
        text(p, "domain", "The Windows domain, e.g. harbourfinch.local.");
        p.putObject("users").put("type", "integer").put("minimum", 1).put("maximum", Organisation.MAX_USERS);
        p.putObject("linux_servers").put("type", "integer").put("minimum", 0).put("maximum", Organisation.MAX_LINUX_SERVERS);
        text(p, "time_zone", "The head office's region id, e.g. Europe/London.");
        text(p, "business_hours", "HH:MM-HH:MM, Monday to Friday.").put("pattern", "^\\d{2}:\\d{2}-\\d{2}:\\d{2}$");
        ObjectNode office = object("name", "country", "time_zone", "users");
        ObjectNode op = (ObjectNode) office.get("properties");
        text(op, "name", "The office's name.");
        text(op, "city", "Its city (defaults to the name).");
        text(op, "country", "Two-letter ISO code.").put("pattern", "^[A-Z]{2}$");
        text(op, "time_zone", "Region id.");
        op.putObject("users").put("type", "integer").put("minimum", 1);
        p.set("offices", list(office));
        ObjectNode servers = p.putObject("servers");
        servers.put("type", "array");
        servers.putObject("items").set("enum", strings(Arrays.stream(HostRole.values())
                .filter(r -> r != HostRole.WORKSTATION && r != HostRole.LINUX_SERVER).map(HostRole::word).toArray(String[]::new)));
        ObjectNode exits = p.putObject("vpn_exits");
        exits.put("type", "array");
        exits.putObject("items").put("type", "string").put("pattern", "^[A-Z]{2}$");
        return o;
    }

    private static ObjectNode noise() {
        ObjectNode o = object("source", "rate_per_hour");
        ObjectNode p = (ObjectNode) o.get("properties");
        enumOf(p, "source", Vocabulary.SOURCES, "The noise generator.");
        p.putObject("rate_per_hour").put("type", "integer").put("minimum", 0).put("maximum", 10_000_000);
        enumOf(p, "profile", Arrays.stream(DailyProfile.values()).map(DailyProfile::word).toList(), "The daily profile (default business_hours).");
        p.putObject("burst").put("type", "integer").put("minimum", 0).put("maximum", 90)
                .put("description", "Percent chance that one activity brings another by the same entity soon after.");
        return o;
    }

    private static ObjectNode lookalike() {
        ObjectNode o = object("kind", "count");
        ObjectNode p = (ObjectNode) o.get("properties");
        enumOf(p, "kind", List.copyOf(Vocabulary.lookalikes().keySet()), "The benign activity built to trip rules.");
        p.putObject("count").put("type", "integer").put("minimum", 0).put("maximum", 1000);
        ArrayNode cases = o.putArray("allOf");
        for (LookalikeSpec spec : Vocabulary.lookalikes().values()) {
            ObjectNode c = cases.addObject();
            c.putObject("if").putObject("properties").putObject("kind").put("const", spec.kind());
            ObjectNode then = c.putObject("then");
            then.put("description", spec.description());
            ObjectNode names = then.putObject("propertyNames");
            names.set("enum", spec.size() == null ? strings("kind", "count") : strings("kind", "count", spec.size().name()));
            if (spec.size() != null) {
                then.putObject("properties").set(spec.size().name(), param(spec.size()));
            }
        }
        o.remove("additionalProperties");
        return o;
    }

    private static ObjectNode stage() {
        ObjectNode o = object("id", "technique");
        ObjectNode p = (ObjectNode) o.get("properties");
        text(p, "id", "The stage's id.").put("pattern", "^[a-z0-9][a-z0-9-]{0,63}$");
        text(p, "technique", "ATT&CK technique id, e.g. T1003.001.").put("pattern", "^[Tt]\\d{4}(\\.\\d{3})?$");
        text(p, "at", "Offset from the start.").put("pattern", DURATION);
        text(p, "after", "The stage this one follows.");
        text(p, "delay", "Delay after that stage ends.").put("pattern", DURATION);
        text(p, "jitter", "Uniform +/- jitter.").put("pattern", DURATION);
        for (String side : List.of("actor", "target")) {
            ObjectNode e = p.putObject(side);
            e.put("type", "object");
            e.put("additionalProperties", false);
            ObjectNode ep = e.putObject("properties");
            for (EntityKind kind : EntityKind.values()) {
                text(ep, kind.word(), "external, random, random:<department>, workstation, role:<role>, stage:<id> or a name").put("pattern", ENTITY);
            }
        }
        ObjectNode emits = p.putObject("emits");
        emits.put("type", "object");
        emits.put("description", "The emitter and its parameters; without kind, the technique's default emitter.");
        emits.putObject("properties").set("kind", enumNode(List.copyOf(Vocabulary.emitters().keySet())));
        ArrayNode cases = emits.putArray("allOf");
        for (EmitterSpec spec : Vocabulary.emitters().values()) {
            ObjectNode c = cases.addObject();
            c.putObject("if").set("required", strings("kind"));
            ((ObjectNode) c.get("if")).putObject("properties").putObject("kind").put("const", spec.kind());
            ObjectNode then = c.putObject("then");
            then.put("description", spec.description());
            ObjectNode props = then.putObject("properties");
            ArrayNode names = then.putObject("propertyNames").putArray("enum");
            names.add("kind");
            for (Param param : spec.params()) {
                props.set(param.name(), param(param));
                names.add(param.name());
            }
        }
        ObjectNode stopped = p.putObject("stopped_by");
        stopped.put("type", "array");
        stopped.putObject("items").set("enum", strings(Arrays.stream(EntityKind.values()).map(EntityKind::word).toArray(String[]::new)));
        ObjectNode spread = p.putObject("spread");
        spread.put("type", "object");
        spread.put("additionalProperties", false);
        spread.set("required", strings("every"));
        ObjectNode spp = spread.putObject("properties");
        text(spp, "every", "How often it reaches more hosts.").put("pattern", DURATION);
        spp.putObject("hosts").put("type", "integer").put("minimum", 1).put("maximum", 100);
        spp.putObject("limit").put("type", "integer").put("minimum", 2).put("maximum", 1000);
        spp.set("role", enumNode(Arrays.stream(HostRole.values()).map(HostRole::word).toList()));
        ObjectNode reacts = p.putObject("on_contained");
        reacts.put("type", "object");
        reacts.put("description", "How the attacker reacts when containing this stage's ip or user stops it: it comes"
                + " back after a while with another address or another stolen account.");
        reacts.put("additionalProperties", false);
        ObjectNode rp = reacts.putObject("properties");
        for (String kind : List.of("ip", "user")) {
            ObjectNode r = rp.putObject(kind);
            r.put("type", "object");
            r.put("additionalProperties", false);
            r.set("required", strings("after"));
            ObjectNode props = r.putObject("properties");
            text(props, "after", "How long the attacker takes to come back.").put("pattern", DURATION);
            props.putObject("times").put("type", "integer").put("minimum", 1).put("maximum", 10);
        }
        return o;
    }

    private static ObjectNode answerKey() {
        ObjectNode o = object();
        ObjectNode p = (ObjectNode) o.get("properties");
        ObjectNode escalation = object("stage", "severity");
        text((ObjectNode) escalation.get("properties"), "stage", "A stage id.");
        ((ObjectNode) escalation.get("properties")).set("severity", enumNode(List.of("low", "medium", "high", "critical")));
        p.set("escalate", list(escalation));
        ObjectNode contain = object("stage", "entity");
        text((ObjectNode) contain.get("properties"), "stage", "A stage id.");
        ((ObjectNode) contain.get("properties")).set("entity", enumNode(List.of("host", "user", "ip")));
        p.set("contain", list(contain));
        return o;
    }

    private static ObjectNode playbook() {
        ObjectNode play = object("rule");
        ObjectNode pp = (ObjectNode) play.get("properties");
        text(pp, "rule", "A rule of the pack, by title or id.");
        text(pp, "attack_when", "A search (the analyst's syntax): an alert is an attack when any of its events matches.");
        text(pp, "benign_where", "A search for the bulk verdict on the rule's other alerts: triage --rule R --where ... --verdict benign.");
        ObjectNode contain = object();
        for (String kind : List.of("host", "user", "ip")) {
            text((ObjectNode) contain.get("properties"), kind, "The event field that names the " + kind + " to contain.");
        }
        pp.set("contain", contain);
        pp.set("escalate", enumNode(List.of("low", "medium", "high", "critical")));
        ObjectNode list = list(play);
        list.put("description", "The written playbook the scripted expert of 'scenario calibrate' follows, one entry per rule.");
        return list;
    }

    private static ObjectNode intel() {
        ObjectNode i = object();
        i.put("description", "The simulated threat-intelligence feeds that 'intel' answers from: entries generated from the seeded world (part of the attack's infrastructure, common benign indicators, a few benign ones wrongly flagged) and the entries declared here.");
        ObjectNode ip = (ObjectNode) i.get("properties");
        ip.putObject("coverage").put("type", "integer").put("minimum", 0).put("maximum", 100)
                .put("description", "Percent of the attack's indicators (addresses, domains, URLs, senders, tool hashes) the feeds know, drawn per indicator from the seed; default 50.");
        ip.putObject("stale").put("type", "integer").put("minimum", 0).put("maximum", 20)
                .put("description", "How many of the known attack indicators the feeds report only from an old, low-confidence sighting; default 1.");
        ip.putObject("false_flags").put("type", "integer").put("minimum", 0).put("maximum", 20)
                .put("description", "How many benign indicators of the organisation's world (VPN exits, home broadband, partner sites) the feeds wrongly flag; default 2.");
        ObjectNode entry = object("indicator", "verdict", "source", "confidence", "first_seen");
        ObjectNode ep = (ObjectNode) entry.get("properties");
        text(ep, "indicator", "A hash, IPv4 address, domain, URL, email address or user agent; or stage:<id> for the address that stage acts from in this seed's world.");
        enumOf(ep, "verdict", Intel.VERDICTS, "What the feed says about it.");
        text(ep, "source", "The feed that reports it, e.g. abuse.ch URLhaus.");
        ep.putObject("confidence").put("type", "integer").put("minimum", 0).put("maximum", 100)
                .put("description", "The feed's confidence, 0 to 100.");
        text(ep, "first_seen", "How long before the shift the feed first saw it, e.g. 30d.").put("pattern", DURATION);
        text(ep, "last_seen", "How long before the shift the feed last saw it (default 0s: the day of the shift); at most first_seen.").put("pattern", DURATION);
        ObjectNode tags = ep.putObject("tags");
        tags.put("type", "array");
        tags.put("description", "Labels such as c2, phishing, scanner.");
        tags.putObject("items").put("type", "string");
        ObjectNode entries = list(entry);
        entries.put("description", "Declared entries, answered exactly as written; a generated entry never replaces one.");
        ip.set("entries", entries);
        return i;
    }

    private static ObjectNode engineer() {
        ObjectNode e = object();
        e.put("description", "The security engineer's change window: the past days it shows, the analysts' labelling error, the card's weights and the change set the truth suggests.");
        ObjectNode ep = (ObjectNode) e.get("properties");
        ep.putObject("history_days").put("type", "integer").put("minimum", 1).put("maximum", 31)
                .put("description", "Days of history the window shows, each the scenario's shift on that day; default 7.");
        ep.putObject("attack_days").put("type", "integer").put("minimum", 1).put("maximum", 31)
                .put("description", "On how many of those days (and of the held-out week) the attack plays; default 3.");
        text(ep, "label_error", "Share of the analysts' verdicts that are wrong, e.g. 5% or 0.05; default 5%.")
                .put("pattern", "^[0-9]+(\\.[0-9]+)?%?$");
        ep.putObject("triage_minutes").put("type", "integer").put("minimum", 1).put("maximum", 120)
                .put("description", "Minutes an analyst spends on one alert, for the hours saved; default 6.");
        ObjectNode weights = object("kept", "noise", "coverage", "hygiene", "hours");
        weights.put("description", "Points out of 100 of the engineer's card; the five must add up to 100.");
        for (String k : List.of("kept", "noise", "coverage", "hygiene", "hours")) {
            ((ObjectNode) weights.get("properties")).putObject(k).put("type", "integer").put("minimum", 0).put("maximum", 100);
        }
        ep.set("weights", weights);
        ObjectNode fix = object();
        ObjectNode fp = (ObjectNode) fix.get("properties");
        text(fp, "rule", "A rule of the pack to tune, by title or id.");
        ObjectNode exclude = fp.putObject("exclude");
        exclude.put("type", "array");
        exclude.put("description", "Terms field=value (field|modifier=value) that together describe the benign pattern to exclude.");
        exclude.putObject("items").put("type", "string");
        text(fp, "file", "A rule file relative to the scenario file: added, or with 'rule' the rule's new text.");
        text(fp, "reason", "Why, as the exclusion's reason.");
        ObjectNode solution = list(fix);
        solution.put("description", "The change set the truth suggests; the scripted engineer of 'scenario calibrate' deploys it.");
        ep.set("solution", solution);
        return e;
    }

    private static ObjectNode param(Param param) {
        ObjectNode n = JSON.createObjectNode();
        switch (param.type()) {
            case INT -> n.put("type", "integer").put("minimum", param.min()).put("maximum", param.max());
            case DURATION -> n.put("type", "string").put("pattern", DURATION);
            case TEXT -> n.put("type", "string");
        }
        if (param.fallback() != null) {
            n.put("description", "default " + (param.fallback() instanceof java.time.Duration d ? Durations.format(d) : param.fallback()));
        }
        return n;
    }

    private static ObjectNode object(String... required) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "object");
        if (required.length > 0) {
            o.set("required", strings(required));
        }
        o.put("additionalProperties", false);
        o.putObject("properties");
        return o;
    }

    private static ObjectNode list(ObjectNode items) {
        ObjectNode l = JSON.createObjectNode();
        l.put("type", "array");
        l.set("items", items);
        return l;
    }

    private static ObjectNode text(ObjectNode properties, String name, String description) {
        return properties.putObject(name).put("type", "string").put("description", description);
    }

    private static void enumOf(ObjectNode properties, String name, List<String> values, String description) {
        properties.set(name, enumNode(values).put("description", description));
    }

    private static ObjectNode enumNode(List<String> values) {
        ObjectNode n = JSON.createObjectNode();
        n.set("enum", strings(values.toArray(String[]::new)));
        return n;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = JSON.createArrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

}
