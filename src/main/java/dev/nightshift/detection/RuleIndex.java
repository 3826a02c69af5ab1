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
 * The rules of one logsource indexed by the literals they need. Per field, an {@link AhoCorasick} automaton finds the
 * literals that may sit anywhere in one pass over the text, and two {@link AnchoredTrie}s find those that must start,
 * end or be the text by reading from one end only as far as some literal goes; each literal found marks the rules
 * that need it. A scan yields the rules worth evaluating, in rule order: those without needles and those marked.
 * Marks are stamped with an event counter, so a scan allocates nothing. Mutable: one instance serves one engine, from
 * one thread.
 */
final class RuleIndex implements AhoCorasick.Hits {

    /** One field's searches, each with the rules that own each of its literals. */
    private record FieldIndex(FieldPath path, AhoCorasick anywhere, int[][] anywhereOwners, AnchoredTrie fromStart,
                              int[][] fromStartOwners, AnchoredTrie fromEnd, int[][] fromEndOwners) {
    }

    private final FieldIndex[] fields;
    private final int[] unindexed;
    private final int[] marks;
    private final int[] hits;
    private final int[] merged;
    private int[] candidates;
    private final StringBuilder digits = new StringBuilder(20);
    private int hitCount;
    private int stamp;
    private int[][] scanning;

    /** An index over rules whose needles are given in rule order (null for a rule without). */
    RuleIndex(List<Needles> needles) {
        Map<String, Map<Needles.Needle, List<Integer>>> byField = new LinkedHashMap<>();
        List<Integer> always = new ArrayList<>();
        for (int rule = 0; rule < needles.size(); rule++) {
            Needles ruleNeedles = needles.get(rule);
            if (ruleNeedles == null) {
                always.add(rule);
                continue;
            }
            for (Map.Entry<String, Set<Needles.Needle>> field : ruleNeedles.byField().entrySet()) {
                Map<Needles.Needle, List<Integer>> owners = byField.computeIfAbsent(field.getKey(),
                        f -> new LinkedHashMap<>());
                for (Needles.Needle needle : field.getValue()) {
                    owners.computeIfAbsent(needle, n -> new ArrayList<>()).add(rule);
                }
            }
        }
        unindexed = always.stream().mapToInt(Integer::intValue).toArray();
        marks = new int[needles.size()];
        hits = new int[needles.size()];
        merged = new int[needles.size()];
        fields = byField.entrySet().stream().map(field -> field(field.getKey(), field.getValue()))
                .toArray(FieldIndex[]::new);
    }

    private static FieldIndex field(String name, Map<Needles.Needle, List<Integer>> owners) {
        List<Needles.Needle> anywhere = new ArrayList<>();
        List<Needles.Needle> start = new ArrayList<>();
        List<Needles.Needle> end = new ArrayList<>();
        owners.keySet().forEach(needle -> (switch (needle.anchor()) {
            case CONTAINS -> anywhere;
            case PREFIX, EXACT -> start;
            case SUFFIX -> end;
        }).add(needle));
        boolean[] whole = new boolean[start.size()];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = start.get(i).anchor() == Needles.Anchor.EXACT;
        }
        return new FieldIndex(new FieldPath(name),
                anywhere.isEmpty() ? null : new AhoCorasick(literals(anywhere)), owners(anywhere, owners),
                start.isEmpty() ? null : new AnchoredTrie(literals(start), whole, false), owners(start, owners),
                end.isEmpty() ? null : new AnchoredTrie(literals(end), new boolean[end.size()], true), owners(end, owners));
    }

    private static List<String> literals(List<Needles.Needle> needles) {
        return needles.stream().map(Needles.Needle::literal).toList();
    }

    private static int[][] owners(List<Needles.Needle> needles, Map<Needles.Needle, List<Integer>> owners) {
        return needles.stream().map(n -> owners.get(n).stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** Whether any rule of the index has needles. */
    boolean useful() {
        return fields.length > 0;
    }

    /**
     * Scans the event's indexed fields and returns how many rules are worth evaluating; {@link #candidates()} holds
     * them, in rule order, until the next scan.
     */
    int scan(Event event) {
        if (++stamp == 0) {
            Arrays.fill(marks, 0);
            stamp = 1;
        }
        hitCount = 0;
        for (FieldIndex field : fields) {
            if (field.path().name().isEmpty()) {
                scanAnywhere(field, event.fields().values());
                continue;
            }
            Object value = field.path().get(event);
            if (value != null) {
                scanValue(field, value);
            }
        }
        sortHits();
        if (unindexed.length == 0) {
            candidates = hits;
            return hitCount;
        }
        candidates = merged;
        return merge();
    }

    /** The rules the last scan found worth evaluating, in rule order, in the first {@code scan(event)} slots. */
    int[] candidates() {
        return candidates;
    }

    /** Keyword literals: every value of the event, inside nested objects and lists too, as keywords match them. */
    private void scanAnywhere(FieldIndex field, Collection<?> values) {
        for (Object value : values) {
            if (value instanceof Map<?, ?> map) {
                scanAnywhere(field, map.values());
            } else if (value instanceof Collection<?> items) {
                scanAnywhere(field, items);
            } else if (value != null) {
                scanValue(field, value);
            }
        }
    }

    private void scanValue(FieldIndex field, Object value) {
        if (value instanceof String text) {
            search(field, text);
        } else if (value instanceof Number number) {
            if (isWhole(number)) {
                digits.setLength(0);
                search(field, digits.append(number.longValue()));
            }
            if (!(number instanceof Integer || number instanceof Long || number instanceof Short
                    || number instanceof Byte)) {
                search(field, number.toString());
            }
        } else if (value instanceof Boolean) {
            search(field, value.toString());
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item != null) {
                    scanValue(field, item);
                }
            }
        } else if (!(value instanceof Map<?, ?>)) {
            search(field, value.toString());
        }
    }

    /** As {@link ValueTest}'s whole numbers: any number but a fractional float or double. */
    private static boolean isWhole(Number n) {
        return !(n instanceof Double || n instanceof Float) || n.doubleValue() == Math.rint(n.doubleValue());
    }

    private void search(FieldIndex field, CharSequence text) {
        if (field.anywhere() != null) {
            scanning = field.anywhereOwners();
            field.anywhere().scan(text, this);
        }
        if (field.fromStart() != null) {
            scanning = field.fromStartOwners();
            field.fromStart().walk(text, this);
        }
        if (field.fromEnd() != null) {
            scanning = field.fromEndOwners();
            field.fromEnd().walk(text, this);
        }
    }

    @Override
    public void found(int literal) {
        for (int rule : scanning[literal]) {
            if (marks[rule] != stamp) {
                marks[rule] = stamp;
                hits[hitCount++] = rule;
            }
        }
    }

    private void sortHits() {
        if (hitCount > 16) {
            Arrays.sort(hits, 0, hitCount);
            return;
        }
        for (int i = 1; i < hitCount; i++) {
            int rule = hits[i];
            int j = i - 1;
            while (j >= 0 && hits[j] > rule) {
                hits[j + 1] = hits[j];
                j--;
            }
            hits[j + 1] = rule;
        }
    }

    private int merge() {
        int a = 0;
        int b = 0;
        int out = 0;
        while (a < unindexed.length || b < hitCount) {
            if (b == hitCount || (a < unindexed.length && unindexed[a] < hits[b])) {
                merged[out++] = unindexed[a++];
            } else {
                merged[out++] = hits[b++];
            }
        }
        return out;
    }
}
