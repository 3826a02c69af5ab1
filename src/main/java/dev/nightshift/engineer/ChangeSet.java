package dev.nightshift.engineer;

import dev.nightshift.detection.RuleError;
import dev.nightshift.detection.RulePack;
import dev.nightshift.detection.SigmaFilter;
import dev.nightshift.detection.SigmaRule;
import dev.nightshift.detection.SigmaSource;
import dev.nightshift.game.GameException;
import dev.nightshift.scenario.RuleSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The engineer's change set: the rule files as they stand now against the scenario's originals. Tuning writes Sigma
 * filter documents (with owner, reason and expiry) or edits a rule's level, threshold, timespan or group-by where
 * it stands; disabling removes a rule; new and edited rules come from files. Every change is checked by loading the
 * whole pack, and a change that does not load leaves the set as it was.
 */
public final class ChangeSet {

    /** Where a rule stands against the scenario's pack. */
    public enum State { ORIGINAL, TUNED, NEW, DISABLED }

    /** A rule taken out of the pack, with who did it and why. */
    public record Disable(String ruleId, String title, String owner, String reason) {
    }

    /** A filter of the current pack with the text of its document, to judge how broad it is. */
    public record Exclusion(SigmaFilter filter, String document, Breadth breadth) {
    }

    static final String FILTERS = "filters/";
    static final String NEW = "new/";
    static final List<String> LEVELS = List.of("informational", "low", "medium", "high", "critical");

    private final long seed;
    private final RulePack originalPack;
    private final Map<String, String> original = new LinkedHashMap<>();
    private final Map<String, String> current = new LinkedHashMap<>();
    private final List<Disable> disables = new ArrayList<>();
    private RulePack pack;
    private int exclusions;

    ChangeSet(List<RuleSource> rules, long seed) {
        this.seed = seed;
        for (RuleSource rule : rules) {
            original.put(rule.path(), rule.text());
            current.put(rule.path(), rule.text());
        }
        this.originalPack = parse(current);
        this.pack = originalPack;
    }

    /** The state of the change set at one moment, to go back to when a change of several parts fails. */
    record Snapshot(Map<String, String> files, List<Disable> disables, RulePack pack, int exclusions) {
    }

    /** The pack cut down to the files of one rule, the rules it counts and the filters on them: to replay it fast. */
    RulePack packOf(SigmaRule rule) {
        Set<String> ids = new java.util.HashSet<>();
        ids.add(rule.id());
        pack.references(rule.id()).forEach(r -> ids.add(r.id()));
        Set<String> files = new java.util.HashSet<>();
        for (SigmaRule r : pack.rules()) {
            if (ids.contains(r.id())) {
                files.add(r.file());
            }
        }
        for (SigmaFilter f : pack.filters()) {
            if (f.rules().stream().anyMatch(ids::contains)) {
                files.add(f.file());
            }
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        current.forEach((path, text) -> {
            if (files.contains(path)) {
                chosen.put(path, text);
            }
        });
        return parse(chosen);
    }

    /** An independent copy of the change set as it stands. */
    ChangeSet copy() {
        return new ChangeSet(this);
    }

    private ChangeSet(ChangeSet other) {
        this.seed = other.seed;
        this.originalPack = other.originalPack;
        this.original.putAll(other.original);
        this.current.putAll(other.current);
        this.disables.addAll(other.disables);
        this.pack = other.pack;
        this.exclusions = other.exclusions;
    }

    Snapshot snapshot() {
        return new Snapshot(new LinkedHashMap<>(current), new ArrayList<>(disables), pack, exclusions);
    }

    void restore(Snapshot s) {
        current.clear();
        current.putAll(s.files());
        disables.clear();
        disables.addAll(s.disables());
        pack = s.pack();
        exclusions = s.exclusions();
    }

    public RulePack original() {
        return originalPack;
    }

    /** The pack as it stands now. */
    public RulePack pack() {
        return pack;
    }

    public List<Disable> disables() {
        return List.copyOf(disables);
    }

    /** The rule files as they stand now, by path. */
    public Map<String, String> files() {
        return java.util.Collections.unmodifiableMap(current);
    }

    Map<String, String> originalFiles() {
        return java.util.Collections.unmodifiableMap(original);
    }

    /** A rule of the pack now, or a disabled one, by id, name or title (case does not matter for a title). */
    public SigmaRule rule(String ref) {
        return find(pack, ref).or(() -> find(originalPack, ref)).orElseThrow(() -> GameException.badInput(
                "there is no rule '" + ref + "'; 'rule list' shows the rules and their ids"));
    }

    private static Optional<SigmaRule> find(RulePack pack, String ref) {
        String r = ref.trim();
        Optional<SigmaRule> exact = pack.rules().stream()
                .filter(rule -> rule.id().equals(r) || r.equals(rule.name()) || rule.title().equalsIgnoreCase(r))
                .findFirst();
        if (exact.isPresent() || r.length() < 4) {
            return exact;
        }
        // the first characters of an id, as git takes a commit's: enough when only one rule's id starts so
        List<SigmaRule> prefixed = pack.rules().stream().filter(rule -> rule.id().startsWith(r)).toList();
        if (prefixed.size() > 1) {
            throw GameException.badInput("'" + r + "' starts the ids of " + prefixed.size() + " rules; give more of it");
        }
        return prefixed.stream().findFirst();
    }

    public State state(SigmaRule rule) {
        if (pack.rules().stream().noneMatch(r -> r.id().equals(rule.id()))) {
            return State.DISABLED;
        }
        if (originalPack.rules().stream().noneMatch(r -> r.id().equals(rule.id()))) {
            return State.NEW;
        }
        RuleText.Segment now = RuleText.document(current.getOrDefault(rule.file(), ""), rule.id());
        RuleText.Segment was = RuleText.document(original.getOrDefault(rule.file(), ""), rule.id());
        boolean edited = now == null || was == null || !now.text().equals(was.text());
        List<String> targets = new ArrayList<>(List.of(rule.id()));
        pack.references(rule.id()).forEach(r -> targets.add(r.id()));
        boolean filtered = pack.filters().stream().anyMatch(f -> f.rules().stream().anyMatch(targets::contains));
        return edited || filtered ? State.TUNED : State.ORIGINAL;
    }

    /** The filters of the pack now that apply to a rule (for a correlation, to the rules it counts). */
    public List<Exclusion> exclusionsOf(SigmaRule rule) {
        List<String> targets = new ArrayList<>(List.of(rule.id()));
        pack.references(rule.id()).forEach(r -> targets.add(r.id()));
        return exclusions().stream().filter(e -> e.filter().rules().stream().anyMatch(targets::contains)).toList();
    }

    /** Every filter of the pack now, with its document. */
    public List<Exclusion> exclusions() {
        List<Exclusion> out = new ArrayList<>();
        for (SigmaFilter filter : pack.filters()) {
            RuleText.Segment doc = RuleText.document(current.getOrDefault(filter.file(), ""), filter.id());
            String text = doc == null ? "" : doc.text();
            out.add(new Exclusion(filter, text, Breadth.of(text)));
        }
        return out;
    }

    /**
     * Adds a filter document that excludes, from {@code ruleRef} (for a correlation, from the detection rules it
     * counts), the events matching every term; returns its file.
     */
    String exclude(String ruleRef, List<Term> terms, String owner, String reason, LocalDate expires) {
        SigmaRule rule = rule(ruleRef);
        requireLive(rule);
        List<SigmaRule> targets = rule.isCorrelation() ? detectionRules(rule) : List.of(rule);
        if (terms.isEmpty()) {
            throw GameException.badInput("--exclude needs at least one field=value");
        }
        int n = exclusions + 1;
        String path = String.format(Locale.ROOT, "%s%02d-%s.yml", FILTERS, n, ExclusionDocument.slug(rule.title()));
        Map<String, String> logsource = RuleText.logsource(RuleText.document(current.get(targets.get(0).file()),
                targets.get(0).id()).text());
        String doc = ExclusionDocument.text(n, UUID.nameUUIDFromBytes((seed + ":exclusion:" + n)
                .getBytes(StandardCharsets.UTF_8)), rule.title(), logsource, targets, terms, owner, reason, expires);
        Map<String, String> next = new LinkedHashMap<>(current);
        next.put(path, doc);
        commit(next, Map.of());
        exclusions = n;
        return path;
    }

    private List<SigmaRule> detectionRules(SigmaRule correlation) {
        List<SigmaRule> out = new ArrayList<>();
        for (SigmaRule r : pack.references(correlation.id())) {
            if (r.isCorrelation()) {
                out.addAll(detectionRules(r));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    void level(String ruleRef, String level) {
        if (!LEVELS.contains(level)) {
            throw GameException.badInput("unknown level '" + level + "': choose " + String.join(", ", LEVELS));
        }
        edit(ruleRef, doc -> RuleText.setScalar(doc, level, "level"));
    }

    void threshold(String ruleRef, long threshold) {
        SigmaRule rule = correlation(ruleRef, "--threshold");
        if (threshold < 1) {
            throw GameException.badInput("--threshold must be at least 1, got " + threshold);
        }
        edit(rule.id(), doc -> RuleText.setThreshold(doc, threshold, rule.id()));
    }

    void timespan(String ruleRef, Duration timespan) {
        SigmaRule rule = correlation(ruleRef, "--timespan");
        if (timespan.isZero() || timespan.isNegative() || timespan.compareTo(Duration.ofDays(7)) > 0) {
            throw GameException.badInput("--timespan must be between 1s and 7d");
        }
        edit(rule.id(), doc -> RuleText.setScalar(doc, RuleText.quote(dev.nightshift.scenario.Durations.format(timespan)),
                "correlation", "timespan"));
    }

    void groupBy(String ruleRef, List<String> fields) {
        SigmaRule rule = correlation(ruleRef, "--group-by");
        if (fields.isEmpty()) {
            throw GameException.badInput("--group-by needs at least one field");
        }
        edit(rule.id(), doc -> RuleText.setList(doc, fields, "correlation", "group-by"));
    }

    private SigmaRule correlation(String ruleRef, String option) {
        SigmaRule rule = rule(ruleRef);
        if (!rule.isCorrelation()) {
            throw GameException.badInput(option + " changes a correlation rule, and '" + rule.title()
                    + "' is a detection rule; use --exclude or --level");
        }
        return rule;
    }

    /** Takes a rule out of the pack; a correlation takes with it the rules that only fed it. */
    List<SigmaRule> disable(String ruleRef, String owner, String reason) {
        SigmaRule rule = rule(ruleRef);
        requireLive(rule);
        for (SigmaRule other : pack.rules()) {
            if (other.isCorrelation() && !other.id().equals(rule.id())
                    && pack.references(other.id()).stream().anyMatch(r -> r.id().equals(rule.id()))) {
                throw GameException.badInput("'" + rule.title() + "' feeds the correlation '" + other.title()
                        + "'; disable that one (rule disable " + other.id() + "), which takes this one with it");
            }
        }
        List<SigmaRule> gone = new ArrayList<>(List.of(rule));
        for (SigmaRule fed : pack.references(rule.id())) {
            boolean elsewhere = pack.rules().stream().anyMatch(o -> o.isCorrelation() && !o.id().equals(rule.id())
                    && pack.references(o.id()).stream().anyMatch(r -> r.id().equals(fed.id())));
            if (!elsewhere) {
                gone.add(fed);
            }
        }
        Map<String, String> next = new LinkedHashMap<>(current);
        for (SigmaRule r : gone) {
            String file = next.get(r.file());
            RuleText.Segment doc = RuleText.document(file, r.id());
            next.put(r.file(), RuleText.replaceDocument(file, doc, null));
        }
        // filters of the rules taken out go with them
        for (SigmaFilter f : pack.filters()) {
            if (gone.stream().anyMatch(r -> f.rules().contains(r.id()))) {
                String file = next.get(f.file());
                RuleText.Segment doc = RuleText.document(file, f.id());
                String rest = RuleText.replaceDocument(file, doc, null);
                if (rest.isBlank()) {
                    next.remove(f.file());
                } else {
                    next.put(f.file(), rest);
                }
            }
        }
        commit(next, Map.of());
        disables.add(new Disable(rule.id(), rule.title(), owner, reason));
        return gone;
    }

    /** Adds a file of new rules or filters, read from {@code shownAs} (named so in errors); returns its path. */
    String add(String shownAs, String text) {
        String base = shownAs.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[^A-Za-z0-9._-]", "-");
        if (!base.endsWith(".yml") && !base.endsWith(".yaml")) {
            base = base + ".yml";
        }
        String path = NEW + base;
        for (int i = 2; current.containsKey(path); i++) {
            path = NEW + base.replaceFirst("(\\.ya?ml)$", "-" + i + "$1");
        }
        Map<String, String> next = new LinkedHashMap<>(current);
        next.put(path, text);
        commit(next, Map.of(path, shownAs));
        return path;
    }

    /** Replaces the document of one rule by the text edited in {@code shownAs}. */
    void replace(String ruleRef, String shownAs, String text) {
        SigmaRule rule = rule(ruleRef);
        requireLive(rule);
        String file = current.get(rule.file());
        RuleText.Segment doc = RuleText.document(file, rule.id());
        if (text.isBlank()) {
            throw GameException.badInput(shownAs + " is empty; to take the rule out, use: rule disable " + rule.id());
        }
        if (RuleText.documents(text).size() != 1) {
            throw GameException.badInput(shownAs + " must hold exactly one YAML document, the rule; add other rules"
                    + " with: rule new --file PATH");
        }
        Map<String, String> next = new LinkedHashMap<>(current);
        next.put(rule.file(), RuleText.replaceDocument(file, doc, text));
        commit(next, Map.of(rule.file(), shownAs));
    }

    /** The text of a rule's own document now. */
    public String document(SigmaRule rule) {
        Map<String, String> files = state(rule) == State.DISABLED ? original : current;
        RuleText.Segment doc = RuleText.document(files.getOrDefault(rule.file(), ""), rule.id());
        return doc == null ? "" : doc.text();
    }

    private void edit(String ruleRef, java.util.function.UnaryOperator<String> change) {
        SigmaRule rule = rule(ruleRef);
        requireLive(rule);
        String file = current.get(rule.file());
        RuleText.Segment doc = RuleText.document(file, rule.id());
        Map<String, String> next = new LinkedHashMap<>(current);
        next.put(rule.file(), RuleText.replaceDocument(file, doc, change.apply(doc.text())));
        commit(next, Map.of());
    }

    private void requireLive(SigmaRule rule) {
        if (state(rule) == State.DISABLED) {
            throw GameException.refused("'" + rule.title() + "' is disabled in this change set");
        }
    }

    private void commit(Map<String, String> next, Map<String, String> shownAs) {
        RulePack parsed = parse(next, shownAs);
        if (!parsed.errors().isEmpty()) {
            RuleError e = parsed.errors().get(0);
            throw GameException.badInput(e.format() + (parsed.errors().size() > 1 ? " (and " + (parsed.errors().size() - 1)
                    + " more)" : "") + "; nothing was changed");
        }
        // re-parse under the stored paths, so that every rule's file is where the change set keeps it
        current.clear();
        current.putAll(next);
        pack = shownAs.isEmpty() ? parsed : parse(current);
    }

    private static RulePack parse(Map<String, String> files) {
        return parse(files, Map.of());
    }

    private static RulePack parse(Map<String, String> files, Map<String, String> shownAs) {
        List<SigmaSource> sources = new ArrayList<>();
        files.forEach((path, text) -> sources.add(new SigmaSource(shownAs.getOrDefault(path, path), text)));
        return RulePack.parse(sources);
    }

}
