package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one logsource indexed by the literals they need: one {@link AhoCorasick} automaton per field scans
 * that field once per event and marks every rule whose literal it finds; a rule with needles that stays unmarked
 * cannot match and is skipped. Marks are stamped with an event counter, so a scan allocates nothing per rule.
 * Mutable: one instance serves one engine, from one thread.
 */
final class RuleIndex implements AhoCorasick.Hits {

    private final FieldPath[] fields;
    private final AhoCorasick[] automata;
    private final int[][][] owners;
    private final boolean[] indexed;
    private final int[] marks;
    private int stamp;
    private int[][] scanning;

    /** An index over rules whose needles are given in rule order (null for a rule without). */
    RuleIndex(List<Needles> needles) {
        Map<String, Map<String, List<Integer>>> byField = new LinkedHashMap<>();
        indexed = new boolean[needles.size()];
        marks = new int[needles.size()];
        for (int rule = 0; rule < needles.size(); rule++) {
            Needles ruleNeedles = needles.get(rule);
            if (ruleNeedles == null) {
                continue;
            }
            indexed[rule] = true;
            for (Map.Entry<String, Set<String>> field : ruleNeedles.byField().entrySet()) {
                Map<String, List<Integer>> literals = byField.computeIfAbsent(field.getKey(), f -> new LinkedHashMap<>());
                for (String literal : field.getValue()) {
                    literals.computeIfAbsent(literal, l -> new ArrayList<>()).add(rule);
                }
            }
        }
        fields = new FieldPath[byField.size()];
        automata = new AhoCorasick[byField.size()];
        owners = new int[byField.size()][][];
        int i = 0;
        for (Map.Entry<String, Map<String, List<Integer>>> field : byField.entrySet()) {
            fields[i] = new FieldPath(field.getKey());
            List<String> literals = new ArrayList<>(field.getValue().keySet());
            automata[i] = new AhoCorasick(literals);
            owners[i] = literals.stream().map(l -> field.getValue().get(l).stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            i++;
        }
    }

    /** Whether any rule of the index has needles. */
    boolean useful() {
        for (boolean rule : indexed) {
            if (rule) {
                return true;
            }
        }
        return false;
    }

    /** Scans the event's indexed fields; afterwards {@link #mayMatch} tells which rules are worth evaluating. */
    void scan(Event event) {
        if (++stamp == 0) {
            Arrays.fill(marks, 0);
            stamp = 1;
        }
        for (int i = 0; i < fields.length; i++) {
            Object value = fields[i].get(event);
            if (value != null) {
                scanning = owners[i];
                scanValue(automata[i], value);
            }
        }
    }

    private void scanValue(AhoCorasick automaton, Object value) {
        if (value instanceof String text) {
            automaton.scan(text, this);
        } else if (value instanceof Number || value instanceof Boolean) {
            automaton.scan(value.toString(), this);
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item != null) {
                    scanValue(automaton, item);
                }
            }
        }
    }

    @Override
    public void found(int literal) {
        for (int rule : scanning[literal]) {
            marks[rule] = stamp;
        }
    }

    /** False only for a rule that needs a literal the last scanned event lacks. */
    boolean mayMatch(int rule) {
        return !indexed[rule] || marks[rule] == stamp;
    }
}
