package dev.nightshift.scenario;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a composed scenario document field by field into a {@link Scenario}, recording every problem on the way. */
final class ScenarioReader {

    private static final Pattern HOURS = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]{0,14})(\\.[a-z0-9-]+)*");
    private static final Pattern RULE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*\\.ya?ml");

    private final Problems problems;
    private final ScenarioFiles files;

    ScenarioReader(Problems problems, ScenarioFiles files) {
        this.problems = problems;
        this.files = files;
    }

    Scenario read(Node root) {
        YamlMap top = YamlMap.of(problems, root, "");
        if (top == null) {
            return null;
        }
        String id = top.text("id", true);
        if (id != null && !StageReader.ID.matcher(id).matches()) {
            problems.at(top.value("id", false), "id", "scenario ids are lower-case letters, digits and '-', got '" + id + "'");
        }
        String title = top.text("title", true);
        String summary = top.text("summary", true);
        String difficulty = oneOf(top, "difficulty", Scenario.DIFFICULTIES);
        List<String> roles = roles(top);
        Duration duration = top.duration("duration", true);
        if (duration != null && duration.isZero()) {
            problems.at(top.value("duration", false), "duration", "duration must be longer than zero");
        }
        Instant start = top.instant("start", true);
        Long seed = top.whole("seed", true, Long.MIN_VALUE, Long.MAX_VALUE);
        String briefing = top.text("briefing", true);
        List<String> hints = top.has("hints") ? top.texts("hints", false) : List.of();
        Organisation organisation = organisation(top.map("organisation", true));
        List<NoiseSource> noise = items(top, "noise", this::noise);
        List<Lookalike> lookalikes = items(top, "lookalikes", this::lookalike);
        YamlMap attack = top.has("attack") ? top.map("attack", false) : null;
        StageReader.Result stages = new StageReader.Result(top.has("attack") ? null : List.of(), java.util.Map.of());
        if (attack != null) {
            stages = StageReader.read(problems, attack, duration, organisation);
            attack.rejectUnknown();
        }
        List<RuleSource> rules = rules(top);
        AnswerKey answerKey = AnswerKeyReader.read(problems, top.map("answer_key", true), stages.kinds());
        ScoringWeights weights = weights(top.map("scoring", true));
        List<Play> playbook = PlaybookReader.read(problems, top);
        Engineering engineer = top.has("engineer") ? EngineeringReader.read(problems, top.map("engineer", false),
                this::ruleFile) : Engineering.DEFAULT;
        java.util.Set<String> stageIds = new java.util.LinkedHashSet<>();
        if (stages.stages() != null) {
            stages.stages().forEach(s -> stageIds.add(s.id()));
        }
        Intel intel = top.has("intel") ? IntelReader.read(problems, top.map("intel", false), stageIds) : Intel.DEFAULT;
        top.rejectUnknown();
        if (problems.any()) {
            return null;
        }
        return new Scenario(id, title, summary, difficulty, roles, duration, start, seed, briefing, hints,
                organisation, noise, lookalikes, stages.stages(), rules, answerKey, weights,
                playbook, engineer, intel);
    }

    private String oneOf(YamlMap m, String key, List<String> allowed) {
        String value = m.text(key, true);
        if (value != null && !allowed.contains(value)) {
            problems.at(m.value(key, false), m.child(key), "'" + value + "' is not one of " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    private List<String> roles(YamlMap top) {
        List<String> roles = top.texts("roles", true);
        if (roles == null) {
            return null;
        }
        if (roles.isEmpty()) {
            problems.at(top.value("roles", false), "roles", "a scenario needs at least one role");
        }
        List<Node> items = ((org.yaml.snakeyaml.nodes.SequenceNode) top.value("roles", false)).getValue();
        for (int i = 0; i < roles.size(); i++) {
            if (!Scenario.ROLES.contains(roles.get(i))) {
                problems.at(items.get(i), "roles[" + i + "]",
                        "'" + roles.get(i) + "' is not one of " + String.join(", ", Scenario.ROLES));
            }
        }
        return roles;
    }

    private Organisation organisation(YamlMap m) {
        if (m == null) {
            return null;
        }
        int before = problems.count();
        String name = m.text("name", true);
        String domain = m.text("domain", true);
        if (domain != null && !DOMAIN.matcher(domain).matches()) {
            problems.at(m.value("domain", false), m.child("domain"),
                    "a domain is lower-case DNS labels whose first is at most 15 characters, e.g. harbourfinch.local");
        }
        Long users = m.whole("users", true, 1, Organisation.MAX_USERS);
        Long linux = m.has("linux_servers") ? m.whole("linux_servers", false, 0, Organisation.MAX_LINUX_SERVERS) : Long.valueOf(3);
        ZoneId zone = null;
        String zoneText = m.text("time_zone", true);
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                problems.at(m.value("time_zone", false), m.child("time_zone"), "unknown time zone '" + zoneText + "'; use a region id such as Europe/London");
            }
        }
        BusinessHours hours = hours(m);
        List<OfficeSpec> offices = items(m, "offices", o -> OrganisationReader.office(problems, o));
        List<HostRole> servers = m.has("servers") ? OrganisationReader.servers(problems, m) : Organisation.DEFAULT_SERVERS;
        List<String> exits = m.has("vpn_exits") ? OrganisationReader.countries(problems, m, "vpn_exits") : List.of();
        m.rejectUnknown();
        if (problems.count() > before || offices == null || servers == null || exits == null) {
            return null;
        }
        int branch = offices.stream().mapToInt(OfficeSpec::users).sum();
        if (branch >= users) {
            problems.at(m.value("offices", false), m.child("offices"),
                    "the branch offices hold " + branch + " of the " + users + " users; leave some for the head office");
            return null;
        }
        return new Organisation(name, domain, users.intValue(), linux.intValue(), zone, hours, offices, servers, exits);
    }

    private BusinessHours hours(YamlMap m) {
        String text = m.text("business_hours", true);
        if (text == null) {
            return null;
        }
        Matcher hm = HOURS.matcher(text);
        try {
            if (hm.matches()) {
                LocalTime opens = LocalTime.parse(hm.group(1));
                LocalTime closes = LocalTime.parse(hm.group(2));
                if (opens.isBefore(closes)) {
                    return new BusinessHours(opens, closes);
                }
            }
        } catch (DateTimeParseException e) {
            // reported below with the expected form
        }
        problems.at(m.value("business_hours", false), m.child("business_hours"),
                "cannot read business hours '" + text + "'; use HH:MM-HH:MM with the opening first, e.g. 08:00-18:00");
        return null;
    }

    private NoiseSource noise(YamlMap m) {
        int before = problems.count();
        String source = m.text("source", true);
        if (source != null && !Vocabulary.SOURCES.contains(source)) {
            problems.at(m.value("source", false), m.child("source"),
                    "unknown noise source '" + source + "'; use one of " + String.join(", ", Vocabulary.SOURCES));
        }
        Long rate = m.whole("rate_per_hour", true, 0, 10_000_000);
        Long burst = m.has("burst") ? m.whole("burst", false, 0, 90) : Long.valueOf(0);
        String profileText = m.has("profile") ? m.text("profile", false) : DailyProfile.BUSINESS_HOURS.word();
        Optional<DailyProfile> profile = Optional.ofNullable(profileText).flatMap(DailyProfile::parse);
        if (profileText != null && profile.isEmpty()) {
            problems.at(m.value("profile", false), m.child("profile"),
                    "unknown profile '" + profileText + "'; use office, business_hours, night or flat");
        }
        m.rejectUnknown();
        return problems.count() > before ? null : new NoiseSource(source, rate.intValue(), profile.get(), burst.intValue());
    }

    private Lookalike lookalike(YamlMap m) {
        int before = problems.count();
        String kind = m.text("kind", true);
        LookalikeSpec spec = kind == null ? null : Vocabulary.lookalike(kind).orElse(null);
        if (kind != null && spec == null) {
            problems.at(m.value("kind", false), m.child("kind"),
                    "unknown look-alike '" + kind + "'; use one of " + String.join(", ", Vocabulary.lookalikes().keySet()));
        }
        Long count = m.whole("count", true, 0, 1000);
        Long size = 1L;
        if (spec != null && spec.size() != null) {
            Param p = spec.size();
            size = m.has(p.name()) ? m.whole(p.name(), false, p.min(), p.max()) : (Long) p.fallback();
        }
        m.rejectUnknown();
        return problems.count() > before ? null : new Lookalike(kind, count.intValue(), size.intValue());
    }

    private List<RuleSource> rules(YamlMap top) {
        List<String> paths = top.has("rules") ? top.texts("rules", false) : List.of();
        if (paths == null) {
            return null;
        }
        List<RuleSource> out = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            Node node = ((org.yaml.snakeyaml.nodes.SequenceNode) top.value("rules", false)).getValue().get(i);
            String at = "rules[" + i + "]";
            RuleSource source = ruleFile(path, node, at);
            if (source == null) {
                continue;
            }
            out.add(source);
        }
        return out;
    }

    /** A rule file next to the scenario, or null after recording why it cannot be read (at {@code node}). */
    RuleSource ruleFile(String path, Node node, String at) {
        if (!RULE_PATH.matcher(path).matches() || path.contains("..")) {
            problems.at(node, at, "a rule path is relative to the scenario file, stays inside its folder and ends in .yml: '" + path + "'");
            return null;
        }
        byte[] bytes;
        try {
            bytes = files.read(path, ScenarioParser.MAX_BYTES);
        } catch (IOException e) {
            problems.at(node, at, "cannot read rule file '" + path + "': " + e.getMessage());
            return null;
        }
        if (bytes == null) {
            problems.at(node, at, "rule file not found: " + path);
            return null;
        }
        Problems ruleProblems = new Problems(path);
        String text = ScenarioParser.text(ruleProblems, bytes, "rule file " + path);
        if (text == null) {
            ruleProblems.sorted().forEach(e -> problems.at(node, at, e.message()));
            return null;
        }
        return new RuleSource(path, text);
    }

    private ScoringWeights weights(YamlMap m) {
        if (m == null) {
            return null;
        }
        int before = problems.count();
        Long accuracy = m.whole("accuracy", true, 0, 100);
        Long containment = m.whole("containment", true, 0, 100);
        Long response = m.whole("response", true, 0, 100);
        Long fatigue = m.whole("fatigue", true, 0, 100);
        m.rejectUnknown();
        if (problems.count() > before) {
            return null;
        }
        long sum = accuracy + containment + response + fatigue;
        if (sum != 100) {
            problems.at(m.node(), m.path(), "scoring weights add up to " + sum + "; they must add up to 100");
            return null;
        }
        return new ScoringWeights(accuracy.intValue(), containment.intValue(), response.intValue(), fatigue.intValue());
    }

    private <T> List<T> items(YamlMap top, String key, java.util.function.Function<YamlMap, T> reader) {
        if (!top.has(key)) {
            return List.of();
        }
        List<Node> nodes = top.list(key, false);
        if (nodes == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            YamlMap m = YamlMap.of(problems, nodes.get(i), top.child(key) + "[" + i + "]");
            out.add(m == null ? null : reader.apply(m));
        }
        return out.contains(null) ? null : out;
    }
}
