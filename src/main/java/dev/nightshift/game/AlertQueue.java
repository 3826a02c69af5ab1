package dev.nightshift.game;

import dev.nightshift.detection.Alert;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trainee's alert queue: entries in the order they were raised ({@code A-001}, ...), each alert folded into the
 * open entry of its rule and subject when there is one, and the lookups the commands name entries and rules by.
 */
final class AlertQueue implements java.io.Serializable {

    private final List<CaseAlert> entries = new ArrayList<>();
    private final Map<String, CaseAlert> latestByKey = new HashMap<>();

    int size() {
        return entries.size();
    }

    List<CaseAlert> all() {
        return List.copyOf(entries);
    }

    /** The entries from position {@code from} on: those raised since the queue had that size. */
    List<CaseAlert> since(int from) {
        return List.copyOf(entries.subList(from, entries.size()));
    }

    /** Folds the alert into the open entry of its rule and subject, or opens a new entry for it. */
    void add(Alert alert) {
        String key = alert.ruleId() + '\u0000' + AlertSubject.text(AlertSubject.of(alert));
        CaseAlert open = latestByKey.get(key);
        if (open != null && open.takes(alert)) {
            open.fold(alert);
        } else {
            CaseAlert entry = new CaseAlert(String.format("A-%03d", entries.size() + 1), alert);
            entries.add(entry);
            latestByKey.put(key, entry);
        }
    }

    Optional<CaseAlert> find(String id) {
        String wanted = id.trim();
        return entries.stream().filter(a -> a.id().equalsIgnoreCase(wanted)).findFirst();
    }

    CaseAlert get(String id) {
        return find(id).orElseThrow(() -> GameException.badInput("there is no alert " + id
                + (entries.isEmpty() ? "; no alert has been raised yet" : "; alerts run from " + entries.get(0).id()
                + " to " + entries.get(entries.size() - 1).id())));
    }

    /** The rule id a trainee means: a rule id, a rule title, or an alert id standing for its rule. */
    private String ruleIdOf(String rule) {
        String wanted = rule.trim();
        Optional<CaseAlert> byAlert = find(wanted);
        if (byAlert.isPresent()) {
            return byAlert.get().alert().ruleId();
        }
        return entries.stream().map(CaseAlert::alert)
                .filter(a -> a.ruleId().equalsIgnoreCase(wanted) || a.title().equalsIgnoreCase(wanted))
                .map(Alert::ruleId).findFirst()
                .orElseThrow(() -> GameException.badInput("no alert in the queue comes from a rule '" + rule
                        + "'; name the rule by its id, its title or one of its alerts (--rule A-004)"));
    }

    /**
     * The open entries of a rule (named as {@link #ruleIdOf} reads it) whose events all satisfy {@code where} (null:
     * all of them): what a bulk verdict closes. Refused for a true positive (those are triaged one by one), when
     * there is none, or when the trainee has read none of them.
     */
    List<CaseAlert> bulk(String rule, EventQuery where, dev.nightshift.scoring.Verdict verdict) {
        if (verdict == dev.nightshift.scoring.Verdict.TRUE_POSITIVE) {
            throw GameException.badInput("a bulk verdict closes noise: use --verdict benign or false-positive;"
                    + " true positives are triaged one by one (triage A-001 --verdict true-positive)");
        }
        String ruleId = ruleIdOf(rule);
        List<CaseAlert> chosen = entries.stream()
                .filter(a -> a.isOpen() && a.alert().ruleId().equals(ruleId))
                .filter(a -> where == null || a.events().stream().allMatch(where::matches))
                .toList();
        if (chosen.isEmpty()) {
            throw GameException.refused("no open alert of '" + titleOf(ruleId) + "'" + (where == null ? ""
                    : " matches " + where.text()) + "; 'alerts' shows the queue");
        }
        if (chosen.stream().noneMatch(CaseAlert::opened)) {
            throw GameException.refused("read one of the " + chosen.size() + " alerts first (alert "
                    + chosen.get(0).id() + "): a bulk verdict is for alerts like one you have looked at");
        }
        return chosen;
    }

    /** The title of a rule that raised entries in this queue. */
    private String titleOf(String ruleId) {
        return entries.stream().filter(a -> a.alert().ruleId().equals(ruleId)).findFirst()
                .map(a -> a.alert().title()).orElse(ruleId);
    }
}
