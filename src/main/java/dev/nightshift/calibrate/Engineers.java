package dev.nightshift.calibrate;

import dev.nightshift.detection.Alert;
import dev.nightshift.engineer.ChangeSet;
import dev.nightshift.engineer.ChangeWindow;
import dev.nightshift.engineer.HistoryAlert;
import dev.nightshift.engineer.Suggestions;
import dev.nightshift.game.Action;
import dev.nightshift.game.GameException;
import dev.nightshift.scenario.Engineering;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.telemetry.Event;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scripted security engineers of {@code scenario calibrate}: one who deploys nothing, one who disables every
 * rule, one who over-fits to last week by excluding the addresses and hosts of the alerts the analysts called true
 * positive, and one who deploys the change set the scenario's {@code engineer.solution} suggests. They act through
 * the same journaled actions as a trainee.
 */
final class Engineers {

    static final String OWNER = "calibration";
    static final String REVIEW = "90d";
    /** The fields that name where an alert came from or where it was logged, as the over-fitter excludes them. */
    static final List<String> ENTITY_FIELDS = List.of("IpAddress", "IPAddress", "src_ip", "SourceIp",
            "sourceIPAddress", "c-ip", "public_ip", "Computer");

    /** A scripted engineer: its name and the changes it makes before the deploy. */
    interface Script {
        String name();

        void change(ChangeWindow window);
    }

    private Engineers() {
    }

    static List<Script> all(Scenario scenario) {
        return List.of(script("engineer:deploys-nothing", w -> { }),
                script("engineer:disables-every-rule", Engineers::disableAll),
                script("engineer:excludes-last-weeks-attackers", Engineers::excludeAttackers),
                script("engineer:solution", w -> solution(w, scenario.engineer())));
    }

    private static Script script(String name, java.util.function.Consumer<ChangeWindow> body) {
        return new Script() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void change(ChangeWindow window) {
                body.accept(window);
            }
        };
    }

    /** Takes every rule out, correlations first (each takes the rules that only fed it). */
    static void disableAll(ChangeWindow w) {
        List<ChangeWindow.RuleRow> rows = new ArrayList<>(w.rules());
        rows.sort((a, b) -> Boolean.compare(b.rule().isCorrelation(), a.rule().isCorrelation()));
        for (ChangeWindow.RuleRow row : rows) {
            if (w.changes().state(row.rule()) != ChangeSet.State.DISABLED) {
                w.apply(Action.of("disable", row.rule().id(), OWNER, "too noisy"));
            }
        }
    }

    /**
     * Excludes, from each rule, the addresses and hosts of last week's attacker: those of the alerts the analysts
     * called true positive that no alert they closed as false positive shares.
     */
    static void excludeAttackers(ChangeWindow w) {
        for (ChangeWindow.RuleRow row : w.rules()) {
            Set<String> terms = new LinkedHashSet<>();
            Set<String> benign = new LinkedHashSet<>();
            for (HistoryAlert a : w.alertsOf(row.rule())) {
                (a.labelledTrue() ? terms : benign).addAll(entities(a.alert()));
            }
            terms.removeAll(benign);
            for (String term : terms) {
                try {
                    w.apply(new ChangeWindow.Tuning(row.rule().id(), List.of(term), OWNER,
                            "seen in last week's attack", REVIEW, null, null, null, null).action());
                } catch (GameException notThisRule) {
                    // a field its rule's logsource lacks, or a rule already gone: this over-fitter moves on
                }
            }
        }
    }

    private static Set<String> entities(Alert alert) {
        Set<String> terms = new LinkedHashSet<>();
        Event last = alert.events().get(alert.events().size() - 1);
        for (String field : ENTITY_FIELDS) {
            Object value = last.field(field);
            if (value != null && !(value instanceof java.util.Map) && !value.toString().isBlank()
                    && !value.toString().equals("-")) {
                terms.add(field + "=" + value);
            }
        }
        return terms;
    }

    /** Deploys the scenario's suggested change set, then the exclusions last week's truth suggests on top of it. */
    static void solution(ChangeWindow w, Engineering engineering) {
        solution(w, engineering, Suggestions.of(w));
    }

    /** As {@link #solution(ChangeWindow, Engineering)}, with the suggestions already drawn for this window. */
    static void solution(ChangeWindow w, Engineering engineering, List<Suggestions.Suggestion> suggestions) {
        authored(w, engineering);
        for (Suggestions.Suggestion s : suggestions) {
            w.apply(new ChangeWindow.Tuning(s.rule().id(), List.of(s.term()), OWNER,
                    "benign pattern of last week's false positives", REVIEW, null, null, null, null).action());
        }
    }

    /** The scenario's own suggested changes: new rules, rewritten rules and hand-picked exclusions. */
    static void authored(ChangeWindow w, Engineering engineering) {
        for (Engineering.Fix fix : engineering.solution()) {
            if (fix.isNewRule()) {
                w.apply(Action.of("new", fix.file().path(), fix.file().text()));
            } else if (fix.isEdit()) {
                w.apply(Action.of("edit", fix.rule(), fix.file().path(), fix.file().text()));
            } else {
                w.apply(new ChangeWindow.Tuning(fix.rule(), fix.exclude(), OWNER,
                        fix.reason() == null ? "benign pattern" : fix.reason(), REVIEW, null, null, null, null).action());
            }
        }
    }
}
