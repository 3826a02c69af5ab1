package dev.nightshift.engineer;

import dev.nightshift.telemetry.Event;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a tuner needs to see of one rule's week: its alerts per day, and the field values of its events that are
 * most frequent among the alerts the analysts closed as false positive, each with how many true-positive alerts
 * carried it too. A value carried by nearly every false positive and no true positive is the benign pattern to
 * exclude; a value as common among the true positives is not.
 */
public record Evidence(Map<LocalDate, Integer> perDay, int falsePositives, int truePositives, List<Value> values) {

    /** One field value: in how many false-positive and true-positive alerts of the rule it appears. */
    public record Value(String field, String value, int falsePositiveAlerts, int truePositiveAlerts) {
    }

    static final int SHOWN = 15;
    static final int EVENTS_PER_ALERT = 50;
    static final int LONGEST_VALUE = 160;

    static Evidence of(List<HistoryAlert> alerts) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Set<String>> distinct = new HashMap<>();
        int fp = 0;
        int tp = 0;
        for (HistoryAlert a : alerts) {
            perDay.merge(a.alert().time().atZone(ZoneOffset.UTC).toLocalDate(), 1, Integer::sum);
            boolean truePositive = a.labelledTrue();
            if (truePositive) {
                tp++;
            } else {
                fp++;
            }
            Set<String> seen = new HashSet<>();
            List<Event> events = a.alert().events();
            for (Event e : events.subList(0, Math.min(EVENTS_PER_ALERT, events.size()))) {
                flatten("", e.fields(), seen);
                if (e.host() != null) {
                    seen.add("host\u0000" + e.host());
                }
            }
            for (String pair : seen) {
                counts.computeIfAbsent(pair, k -> new int[2])[truePositive ? 1 : 0]++;
                int cut = pair.indexOf('\u0000');
                distinct.computeIfAbsent(pair.substring(0, cut), k -> new HashSet<>()).add(pair.substring(cut + 1));
            }
        }
        List<Value> values = new ArrayList<>();
        int alertCount = alerts.size();
        counts.forEach((pair, c) -> {
            int cut = pair.indexOf('\u0000');
            String field = pair.substring(0, cut);
            // a field that differs on (nearly) every alert, such as a time or an id, tells nothing
            // and a value every alert carries, true or false positive, tells nothing either
            boolean everywhere = c[0] >= 0.9 * fpTotal(alerts) && c[1] >= 0.9 * tpTotal(alerts) && c[1] > 0;
            if (c[0] >= 2 && !everywhere && distinct.get(field).size() < Math.max(2, alertCount * 0.8)) {
                values.add(new Value(field, pair.substring(cut + 1), c[0], c[1]));
            }
        });
        int fpAll = fp;
        int tpAll = tp;
        values.sort(Comparator.comparingDouble((Value v) -> -(v.falsePositiveAlerts() / (double) Math.max(1, fpAll)
                        - v.truePositiveAlerts() / (double) Math.max(1, tpAll)))
                .thenComparing(Value::field).thenComparing(Value::value));
        return new Evidence(perDay, fp, tp, values.subList(0, Math.min(SHOWN, values.size())));
    }

    private static int fpTotal(List<HistoryAlert> alerts) {
        return (int) alerts.stream().filter(a -> !a.labelledTrue()).count();
    }

    private static int tpTotal(List<HistoryAlert> alerts) {
        return (int) alerts.stream().filter(HistoryAlert::labelledTrue).count();
    }

    private static void flatten(String prefix, Map<String, Object> fields, Set<String> out) {
        fields.forEach((k, v) -> {
            String name = prefix + k;
            if (v instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                flatten(name + ".", inner, out);
            } else if (v != null && !(v instanceof List<?>)) {
                String text = v.toString();
                if (!text.isEmpty() && text.length() <= LONGEST_VALUE) {
                    out.add(name + "\u0000" + text);
                }
            }
        });
    }
}
