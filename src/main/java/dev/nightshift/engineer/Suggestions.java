package dev.nightshift.engineer;

import dev.nightshift.detection.Alert;
import dev.nightshift.detection.RulePack;
import dev.nightshift.detection.SigmaRule;
import dev.nightshift.telemetry.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exclusions that the truth of last week suggests, for instructors and the scripted engineer (never for the
 * trainee): for each rule that raised false positives, the field values its false-positive alerts carry that no
 * attack event of the week carries, tried one at a time on the history, keeping the one that removes the most false
 * positives without losing a true detection, up to {@link #PER_RULE} per rule. Precise values only: no whole host,
 * user or subnet.
 */
public final class Suggestions {

    static final int PER_RULE = 3;
    static final int CANDIDATES = 6;
    /** Fields that name what was done, preferred when two values remove as much. */
    static final java.util.regex.Pattern TELLING = java.util.regex.Pattern.compile(
            "(?i).*(image|commandline|service|agent|query|uri|category|host|name|type|app).*");
    static final double MIN_SHARE = 0.2;

    /** One suggested exclusion: its rule, its term, and what it removed of last week's false positives. */
    public record Suggestion(SigmaRule rule, String term, int falsePositivesRemoved, int falsePositivesBefore) {
    }

    private Suggestions() {
    }

    /** Suggests exclusions on top of the window's change set as it stands, without changing it. */
    public static List<Suggestion> of(ChangeWindow window) {
        History history = window.history();
        Set<String> attackPairs = new HashSet<>();
        for (Event e : history.events()) {
            if (e.truth().isAttack()) {
                pairs(e, attackPairs);
            }
        }
        ChangeSet scratch = window.changes().copy();
        List<Suggestion> out = new ArrayList<>();
        for (SigmaRule rule : new ArrayList<>(scratch.pack().rules())) {
            for (int round = 0; round < PER_RULE; round++) {
                Suggestion best = best(history, scratch, rule, attackPairs);
                if (best == null) {
                    break;
                }
                scratch.exclude(rule.id(), List.of(Term.parse(best.term())), "suggested", "suggested",
                        LocalDate.of(9999, 1, 1));
                out.add(best);
            }
        }
        return out;
    }

    private static Suggestion best(History history, ChangeSet changes, SigmaRule rule, Set<String> attackPairs) {
        RulePack own = changes.packOf(rule);
        dev.nightshift.detection.DetectionEngine probe = new dev.nightshift.detection.DetectionEngine(own);
        List<Event> relevant = history.events().stream().filter(probe::mayMatch).toList();
        List<Alert> alerts = run(relevant, history, own, rule);
        List<Alert> falsePositives = alerts.stream().filter(a -> !HeldOut.isAttack(a)).toList();
        int attacks = alerts.size() - falsePositives.size();
        if (falsePositives.size() < 2 || falsePositives.size() < 0.1 * alerts.size()) {
            return null;
        }
        Map<String, Integer> coverage = new HashMap<>();
        for (Alert a : falsePositives) {
            Set<String> seen = new HashSet<>();
            a.events().forEach(e -> pairs(e, seen));
            seen.forEach(p -> coverage.merge(p, 1, Integer::sum));
        }
        List<String> candidates = coverage.entrySet().stream()
                .filter(e -> e.getValue() >= Math.max(2, MIN_SHARE * falsePositives.size()))
                .filter(e -> !attackPairs.contains(e.getKey()))
                .filter(e -> {
                    Term t = Term.parse(e.getKey());
                    return !Breadth.ofTerms(List.of(t)).broad();
                })
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> telling(e.getKey()) ? 0 : 1).thenComparing(Map.Entry.comparingByKey()))
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
        Suggestion best = null;
        for (String term : candidates) {
            ChangeSet trial = changes.copy();
            try {
                trial.exclude(rule.id(), List.of(Term.parse(term)), "trial", "trial", LocalDate.of(9999, 1, 1));
            } catch (RuntimeException unusable) {
                continue;
            }
            List<Alert> after = run(relevant, history, trial.packOf(rule), rule);
            long fpAfter = after.stream().filter(a -> !HeldOut.isAttack(a)).count();
            long attacksAfter = after.size() - fpAfter;
            int removed = (int) (falsePositives.size() - fpAfter);
            if (attacksAfter >= attacks && removed > 0 && (best == null || removed > best.falsePositivesRemoved()
                    || removed == best.falsePositivesRemoved() && telling(term) && !telling(best.term()))) {
                best = new Suggestion(rule, term, removed, falsePositives.size());
            }
        }
        return best;
    }

    private static boolean telling(String term) {
        return TELLING.matcher(term.substring(0, term.indexOf('='))).matches();
    }

    /** The rule's alerts on the history. */
    private static List<Alert> run(List<Event> events, History history, RulePack pack, SigmaRule rule) {
        return PackRun.over(pack, events, history.dayEnds()).stream().filter(a -> a.ruleId().equals(rule.id())).toList();
    }

    /** The field values of an event as {@code field=value} terms, nested fields dotted. */
    static void pairs(Event e, Set<String> out) {
        flatten("", e.fields(), out);
    }

    private static void flatten(String prefix, Map<String, Object> fields, Set<String> out) {
        fields.forEach((k, v) -> {
            if (v instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                flatten(prefix + k + ".", inner, out);
            } else if (v != null && !(v instanceof List<?>)) {
                String text = v.toString();
                if (!text.isEmpty() && text.length() <= Evidence.LONGEST_VALUE && !text.contains("*")
                        && !text.contains("?") && !k.contains("=") && !text.equals("-")) {
                    out.add(prefix + k + "=" + text);
                }
            }
        });
    }
}
