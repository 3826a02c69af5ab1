package dev.nightshift.telemetry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A trainee's hunt for shortcuts with the truth file beside the stream: within each kind of event (logsource and
 * event id or name), every single clue one field gives (a field present, a value, a value's shape, an address's /24,
 * a number at or above or below a round threshold) scored by how well it picks out the attack's events, as precision
 * and recall. The best clue per scenario tells whether the generator gives the attack away.
 */
final class Separability {

    /** How a clue reads a field. */
    enum Kind { PRESENT, VALUE, SHAPE, NET24, AT_LEAST, BELOW }

    /** One clue, where it was tried and how well it picks out attack events there. */
    record Clue(String stratum, String field, Kind kind, String value, int attack, int benign, int attackTotal,
                int benignTotal) {

        /** What the clue tests, whatever run it was measured on. */
        String key() {
            return stratum + '\u0000' + field + '\u0000' + kind + '\u0000' + value;
        }

        /** The weaker of this run's and another's figures for the same clue. */
        Clue weakest(Clue other) {
            return other.strength() < strength() ? other : this;
        }

        double precision() {
            return attack + benign == 0 ? 0 : (double) attack / (attack + benign);
        }

        double recall() {
            return attackTotal == 0 ? 0 : (double) attack / attackTotal;
        }

        /**
         * The smaller of precision and recall, above 0.9 when the clue alone separates both ways; 0 for a clue that
         * keeps more than a tenth of the kind's benign events, since where attack events outnumber the rest, precision
         * is high for any clue and the kind of event separates, not the field.
         */
        double strength() {
            return 10L * benign > benignTotal ? 0 : Math.min(precision(), recall());
        }

        String describe() {
            String test = switch (kind) {
                case PRESENT -> field + " present";
                case VALUE -> field + "=" + value;
                case SHAPE -> field + " shaped " + value;
                case NET24 -> field + " in " + value + ".0/24";
                case AT_LEAST -> field + ">=" + value;
                case BELOW -> field + "<" + value;
            };
            return String.format(java.util.Locale.ROOT, "%s in %s: %d of %d attack, %d benign (precision %.3f, recall %.3f)",
                    test, stratum, attack, attackTotal, benign, precision(), recall());
        }
    }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}");
    /** Fields every event of a kind has in its own way: the clock, the record's position and its identifiers. */
    private static final Set<String> NOT_CLUES = Set.of("@timestamp", "UtcTime", "eventTime", "EventRecordID",
            "SystemTime", "TimeCreated", "date", "time", "timestamp", "CreationUtcTime");

    /** The fewest attack events a kind of event must have for a clue within it to count. */
    static final int MIN_ATTACK_EVENTS = 5;

    private final Map<String, Stratum> strata = new HashMap<>();
    private final Set<String> exact = new java.util.HashSet<>();
    private final List<String> contained = new ArrayList<>();
    private final Set<String> tells;

    /**
     * A hunt that ignores every value holding one of {@code declared} (the scenario's own indicators), every value
     * equal to one of {@code seen} (what the events say of them: addresses, URLs), and the fields in {@code tells},
     * those the scenario's playbook tells attack from benign by.
     */
    Separability(Set<String> declared, Set<String> seen, Set<String> tells) {
        this.tells = Set.copyOf(tells);
        for (String d : declared) {
            String lower = d.toLowerCase(java.util.Locale.ROOT);
            contained.add(lower);
            if (IPV4.matcher(lower).matches()) {
                exact.add(lower.substring(0, lower.lastIndexOf('.') + 1));
            }
        }
        for (String s : seen) {
            exact.add(s.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Adds one event of the stream with its truth. */
    void add(Event event) {
        Map<String, Object> flat = new HashMap<>();
        flatten("", event.fields(), flat);
        String stratum = stratum(event, flat);
        strata.computeIfAbsent(stratum, Stratum::new).add(flat, event.truth().isAttack(), this);
    }

    /** Every clue of every kind of event that has enough attack events, strongest first. */
    List<Clue> clues() {
        List<Clue> clues = new ArrayList<>();
        for (Stratum stratum : strata.values()) {
            if (stratum.attackTotal >= MIN_ATTACK_EVENTS && stratum.benignTotal > 0) {
                stratum.clues(clues);
            }
        }
        clues.sort(Comparator.comparingDouble(Clue::strength).reversed().thenComparing(Clue::stratum)
                .thenComparing(Clue::field).thenComparing(c -> c.value() == null ? "" : c.value()));
        return clues;
    }

    private static String stratum(Event event, Map<String, Object> flat) {
        LogSource s = event.logsource();
        String kind = s.product() + "/" + s.category() + "/" + s.service();
        for (String key : new String[] {"EventID", "eventName", "OperationName", "action", "event_type"}) {
            Object value = flat.get(key);
            if (value != null) {
                return kind + " " + key + "=" + value;
            }
        }
        return kind;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> out) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = prefix + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> nested) {
                flatten(name + ".", nested, out);
            } else if (entry.getValue() != null) {
                out.put(name, entry.getValue() instanceof List<?> list ? list.toString() : entry.getValue());
            }
        }
    }

    /** The counts of one kind of event: per clue, how many attack and benign events show it. */
    private static final class Stratum {

        private final String name;
        private int attackTotal;
        private int benignTotal;
        private final Map<String, int[]> counts = new HashMap<>();
        private final Map<String, List<double[]>> numbers = new HashMap<>();

        Stratum(String name) {
            this.name = name;
        }

        void add(Map<String, Object> flat, boolean attack, Separability hunt) {
            if (attack) {
                attackTotal++;
            } else {
                benignTotal++;
            }
            int slot = attack ? 0 : 1;
            for (Map.Entry<String, Object> entry : flat.entrySet()) {
                String field = entry.getKey();
                if (NOT_CLUES.contains(field) || hunt.tells.contains(field)) {
                    continue;
                }
                String text = entry.getValue().toString();
                count(field, Kind.PRESENT, "", slot);
                if (hunt.isDeclared(text)) {
                    continue;
                }
                count(field, Kind.VALUE, text, slot);
                count(field, Kind.SHAPE, shape(text), slot);
                if (IPV4.matcher(text).matches()) {
                    count(field, Kind.NET24, text.substring(0, text.lastIndexOf('.')), slot);
                }
                Double number = number(entry.getValue(), text);
                if (number != null) {
                    numbers.computeIfAbsent(field, f -> new ArrayList<>()).add(new double[] {number, slot});
                }
            }
        }

        private void count(String field, Kind kind, String value, int slot) {
            counts.computeIfAbsent(field + '\u0000' + kind.ordinal() + '\u0000' + value, k -> new int[2])[slot]++;
        }

        void clues(List<Clue> out) {
            for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                String[] parts = entry.getKey().split("\u0000", -1);
                Kind kind = Kind.values()[Integer.parseInt(parts[1])];
                int[] c = entry.getValue();
                out.add(new Clue(name, parts[0], kind, parts[2], c[0], c[1], attackTotal, benignTotal));
            }
            numbers.forEach((field, values) -> thresholds(field, values, out));
        }

        /**
         * The best threshold each way on one numeric field, among round ones (1, 2 and 5 times a power of ten), so that
         * the same clue can be tried on another seed: five digits or more is {@code >=10000}.
         */
        private void thresholds(String field, List<double[]> values, List<Clue> out) {
            values.sort(Comparator.comparingDouble(v -> v[0]));
            int n = values.size();
            int[] attackBefore = new int[n + 1];
            for (int i = 0; i < n; i++) {
                attackBefore[i + 1] = attackBefore[i] + (values.get(i)[1] == 0 ? 1 : 0);
            }
            Clue bestUp = null;
            Clue bestDown = null;
            for (double power = 1; power <= 1e15; power *= 10) {
                for (int step : new int[] {1, 2, 5}) {
                    double t = power * step;
                    int at = firstAtLeast(values, t);
                    if (at == 0 || at == n) {
                        continue;
                    }
                    int attackBelow = attackBefore[at];
                    int benignBelow = at - attackBelow;
                    Clue up = new Clue(name, field, Kind.AT_LEAST, format(t), attackBefore[n] - attackBelow,
                            (n - at) - (attackBefore[n] - attackBelow), attackTotal, benignTotal);
                    Clue down = new Clue(name, field, Kind.BELOW, format(t), attackBelow, benignBelow, attackTotal,
                            benignTotal);
                    bestUp = bestUp == null || up.strength() > bestUp.strength() ? up : bestUp;
                    bestDown = bestDown == null || down.strength() > bestDown.strength() ? down : bestDown;
                }
            }
            if (bestUp != null) {
                out.add(bestUp);
                out.add(bestDown);
            }
        }

        private static int firstAtLeast(List<double[]> sorted, double t) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid)[0] < t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /**
     * Whether a value is one of the scenario's own indicators or holds one (its attacker's addresses, domains,
     * tools), or is an address in the /24 of one.
     */
    private boolean isDeclared(String value) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (exact.contains(lower)) {
            return true;
        }
        boolean address = IPV4.matcher(lower).matches();
        if (address && exact.contains(lower.substring(0, lower.lastIndexOf('.') + 1))) {
            return true;
        }
        for (String indicator : contained) {
            if (lower.contains(indicator)) {
                return true;
            }
        }
        return false;
    }

    /** A value with every letter and digit as x: what a pattern match on the value's form would see. */
    static String shape(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), 64));
        for (int i = 0; i < text.length() && i < 64; i++) {
            char c = text.charAt(i);
            b.append(Character.isLetterOrDigit(c) ? 'x' : c);
        }
        return b.toString();
    }

    private static Double number(Object value, String text) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (NUMBER.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        if (text.startsWith("0x") && text.length() > 2 && text.length() <= 14) {
            try {
                return (double) Long.parseLong(text.substring(2), 16);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
