package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an event must contain for a detection to have any chance of matching: per field, literals (case-folded) of
 * which the field's text holds at least one, each where its value put it (anywhere, at the start, at the end, or as
 * the whole text), whenever the detection matches. Lets the engine skip rules whose literals an event lacks, found
 * for all rules at once by {@link AhoCorasick} and {@link AnchoredTrie}. Only plain, contains, startswith and endswith
 * values and whole numbers yield literals; a detection with none it can rely on has no needles. Keywords, which
 * match any value of the event, keep their literals under the empty field name.
 */
record Needles(Map<String, Set<Needle>> byField) {

    private static final int SHORTEST = 2;
    private static final int ANCHOR_BONUS = 8;

    /** Where a literal must sit in the field's text. */
    enum Anchor { CONTAINS, PREFIX, SUFFIX, EXACT }

    /** A folded literal and where it sits. */
    record Needle(String literal, Anchor anchor) {

        Needle {
            if (literal.isEmpty() || literal.length() < SHORTEST && anchor == Anchor.CONTAINS) {
                throw new IllegalArgumentException("literal too short to index: '" + literal + "'");
            }
        }
    }

    Needles {
        Map<String, Set<Needle>> copy = new LinkedHashMap<>();
        byField.forEach((field, literals) -> copy.put(field, Set.copyOf(literals)));
        byField = Collections.unmodifiableMap(copy);
    }

    /** The needles of one field entry, or null when its values do not all yield a literal. */
    static Needles of(FieldSpec spec, Modifiers modifiers, Map<String, List<String>> placeholders) {
        Modifiers.Kind kind = spec.isKeyword() && modifiers.kind() == Modifiers.Kind.EQUALS ? Modifiers.Kind.CONTAINS
                : modifiers.kind();
        boolean shaped = kind == Modifiers.Kind.EQUALS || kind == Modifiers.Kind.CONTAINS
                || kind == Modifiers.Kind.STARTSWITH || kind == Modifiers.Kind.ENDSWITH;
        if (modifiers.neq() || !shaped) {
            return null;
        }
        List<Value> values = modifiers.expand() ? Placeholders.expand(spec.values(), placeholders) : spec.values();
        boolean plain = modifiers.encodings().isEmpty() && !modifiers.windash();
        Set<Needle> literals = new HashSet<>();
        for (Value value : values) {
            if (value.value() instanceof Long number && kind == Modifiers.Kind.EQUALS && plain) {
                literals.add(new Needle(Long.toString(number), Anchor.EXACT));
                continue;
            }
            if (value.isNull() || value.value() instanceof Double || value.value() instanceof Boolean) {
                return null;
            }
            for (Glob glob : globs(value.text(), modifiers)) {
                Anchor anchor = switch (kind) {
                    case EQUALS -> Anchor.EXACT;
                    case STARTSWITH -> Anchor.PREFIX;
                    case ENDSWITH -> Anchor.SUFFIX;
                    default -> Anchor.CONTAINS;
                };
                String whole = plain && anchor != Anchor.CONTAINS ? folded(glob) : null;
                if (whole != null && !whole.isEmpty()) {
                    literals.add(new Needle(whole, anchor));
                    continue;
                }
                String literal = longestRun(glob);
                if (literal.length() < SHORTEST) {
                    return null;
                }
                literals.add(new Needle(literal, Anchor.CONTAINS));
            }
        }
        return new Needles(Map.of(spec.field(), literals));
    }

    /** The glob folded, when it is a plain literal (no wildcard) of characters that fold into ASCII; else null. */
    static String folded(Glob glob) {
        StringBuilder text = new StringBuilder();
        for (int token : glob.tokens()) {
            int folded = token >= 0 ? CaseFold.of((char) token) : CaseFold.OTHER;
            if (folded == CaseFold.OTHER) {
                return null;
            }
            text.append((char) folded);
        }
        return text.toString();
    }

    private static List<Glob> globs(String text, Modifiers modifiers) {
        if (modifiers.encodings().isEmpty()) {
            Glob glob = Glob.parse(text);
            return List.of(modifiers.windash() ? glob.windash() : glob);
        }
        List<Glob> globs = new ArrayList<>();
        for (String encoded : Encodings.apply(text, modifiers.encodings())) {
            globs.add(Glob.literal(encoded));
        }
        return globs;
    }

    /** The longest run of characters between wildcards, folded; characters that fold outside ASCII break runs. */
    private static String longestRun(Glob glob) {
        String best = "";
        StringBuilder run = new StringBuilder();
        for (int token : glob.tokens()) {
            int folded = token >= 0 ? CaseFold.of((char) token) : CaseFold.OTHER;
            if (folded != CaseFold.OTHER) {
                run.append((char) folded);
                continue;
            }
            if (run.length() > best.length()) {
                best = run.toString();
            }
            run.setLength(0);
        }
        return run.length() > best.length() ? run.toString() : best;
    }

    /**
     * The weakest literal's length, with a bonus when every literal is anchored, since an anchored literal is
     * checked from one end of the text instead of by scanning all of it: the better needles are long and anchored.
     */
    int strength() {
        int weakest = Integer.MAX_VALUE;
        boolean anchored = true;
        for (Set<Needle> literals : byField.values()) {
            for (Needle needle : literals) {
                weakest = Math.min(weakest, needle.literal().length());
                anchored &= needle.anchor() != Anchor.CONTAINS;
            }
        }
        return anchored && weakest < Integer.MAX_VALUE ? weakest + ANCHOR_BONUS : weakest;
    }

    /** Needles for "either holds": every literal of both. */
    Needles or(Needles other) {
        Map<String, Set<Needle>> merged = new LinkedHashMap<>();
        byField.forEach((field, literals) -> merged.put(field, new HashSet<>(literals)));
        other.byField.forEach((field, literals) -> merged.computeIfAbsent(field, f -> new HashSet<>()).addAll(literals));
        return new Needles(merged);
    }

    /** Needles for "both hold": the stronger of the two. */
    static Needles and(Needles a, Needles b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.strength() > a.strength() ? b : a;
    }
}
