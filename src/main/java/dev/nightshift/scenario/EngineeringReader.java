package dev.nightshift.scenario;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code engineer}: the change window's history ({@code history_days}, {@code attack_days}), the analysts'
 * {@code label_error} (a share such as {@code 5%} or {@code 0.05}), {@code triage_minutes}, the card's
 * {@code weights} and the {@code solution}, the change set the truth suggests.
 */
final class EngineeringReader {

    /** Reads a rule file of the scenario's folder, recording a problem at the node when it cannot. */
    @FunctionalInterface
    interface RuleFiles {
        RuleSource read(String path, Node node, String at);
    }

    private EngineeringReader() {
    }

    static Engineering read(Problems problems, YamlMap m, RuleFiles files) {
        if (m == null) {
            return Engineering.DEFAULT;
        }
        int before = problems.count();
        Engineering d = Engineering.DEFAULT;
        int days = (int) orDefault(m.whole("history_days", false, 1, 31), d.historyDays());
        int attackDays = (int) orDefault(m.whole("attack_days", false, 1, 31), d.attackDays());
        if (attackDays > days) {
            problems.at(m.value("attack_days", false), m.child("attack_days"),
                    "attack_days (" + attackDays + ") must not exceed history_days (" + days + ")");
        }
        double labelError = m.has("label_error") ? share(problems, m) : d.labelError();
        int minutes = (int) orDefault(m.whole("triage_minutes", false, 1, 120), d.triageMinutes());
        Engineering.EngineerWeights weights = m.has("weights") ? weights(problems, m.map("weights", false))
                : d.weights();
        List<Engineering.Fix> solution = new ArrayList<>();
        List<Node> entries = m.has("solution") ? m.list("solution", false) : List.of();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            YamlMap fix = YamlMap.of(problems, entries.get(i), m.child("solution") + "[" + i + "]");
            if (fix != null) {
                Engineering.Fix read = fix(problems, fix, files);
                if (read != null) {
                    solution.add(read);
                }
            }
        }
        m.rejectUnknown();
        if (problems.count() > before || weights == null) {
            return d;
        }
        return new Engineering(days, attackDays, labelError, minutes, weights, solution);
    }

    private static Engineering.Fix fix(Problems problems, YamlMap m, RuleFiles files) {
        String rule = m.has("rule") ? m.text("rule", false) : null;
        String file = m.has("file") ? m.text("file", false) : null;
        List<String> exclude = m.has("exclude") ? m.texts("exclude", false) : List.of();
        String reason = m.has("reason") ? m.text("reason", false) : null;
        m.rejectUnknown();
        if (rule == null && file == null) {
            problems.at(m.node(), m.path(), "a fix names 'rule' with 'exclude' (an exclusion), 'file' (a rule file to"
                    + " add) or both 'rule' and 'file' (the rule rewritten as the file's rule)");
            return null;
        }
        if (rule != null && file == null && (exclude == null || exclude.isEmpty())) {
            problems.at(m.node(), m.path(), "a fix of rule '" + rule + "' needs 'exclude' (terms such as"
                    + " ParentImage=C:\\Windows\\CCM\\CcmExec.exe) or 'file'");
            return null;
        }
        if (file != null) {
            RuleSource source = files.read(file, m.value("file", false), m.child("file"));
            return source == null ? null : new Engineering.Fix(rule, List.of(), reason, source);
        }
        return new Engineering.Fix(rule, exclude, reason, null);
    }

    private static double share(Problems problems, YamlMap m) {
        String text = m.text("label_error", false);
        if (text == null) {
            return Engineering.DEFAULT.labelError();
        }
        String t = text.trim();
        try {
            double value = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100
                    : Double.parseDouble(t);
            if (value >= 0 && value <= 0.5) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.at(m.value("label_error", false), m.child("label_error"),
                "label_error is a share of the verdicts, from 0 to 50%, such as 5% or 0.05; got '" + t + "'");
        return Engineering.DEFAULT.labelError();
    }

    private static Engineering.EngineerWeights weights(Problems problems, YamlMap m) {
        if (m == null) {
            return null;
        }
        int before = problems.count();
        Long kept = m.whole("kept", true, 0, 100);
        Long noise = m.whole("noise", true, 0, 100);
        Long coverage = m.whole("coverage", true, 0, 100);
        Long hygiene = m.whole("hygiene", true, 0, 100);
        Long hours = m.whole("hours", true, 0, 100);
        m.rejectUnknown();
        if (problems.count() > before) {
            return null;
        }
        long sum = kept + noise + coverage + hygiene + hours;
        if (sum != 100) {
            problems.at(m.node(), m.path(), "engineer weights add up to " + sum + "; they must add up to 100");
            return null;
        }
        return new Engineering.EngineerWeights(kept.intValue(), noise.intValue(), coverage.intValue(),
                hygiene.intValue(), hours.intValue());
    }

    private static long orDefault(Long value, long fallback) {
        return value == null ? fallback : value;
    }
}
