package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an event must contain for a detection to have any chance of matching: per field, literals (folded with
 * {@link CaseFold}, so any character folding outside ASCII stands for every such character) of which the field's text
 * holds at least one, each where its value put it (anywhere, at the start, at the end, or as the whole text), whenever
 * the detection matches. Lets the engine skip rules whose literals an event lacks, found for all rules at once by
 * {@link AhoCorasick} and {@link AnchoredTrie}. Only plain, contains, startswith and endswith values, whole numbers and
 * the literals {@code re} values need ({@link RegexLiterals}) yield literals; a detection with none it can rely on has
 * no needles. Keywords, which match any value of the event, keep their literals under the empty field name.
 */
record Needles(Map<String, Set<Needle>> byField) {

    private static final int SHORTEST = 2;
    private static final int ANCHOR_BONUS = 8;
    private static final int RARE_WEIGHT = 4;

    /** Where a literal must sit in the field's text. */
    enum Anchor { CONTAINS, PREFIX, SUFFIX, EXACT }

    /**
     * A folded literal and where it sits. A literal to find anywhere needs two characters, or one that is rare in
     * text: a control character or one that folds outside ASCII ({@link CaseFold#OTHER}).
     */
    record Needle(String literal, Anchor anchor) {

        Needle {
            if (literal.isEmpty() || !indexable(literal) && anchor == Anchor.CONTAINS) {
                throw new IllegalArgumentException("literal too short to index: '" + literal + "'");
            }
        }
    }

    /** Whether a literal to find anywhere is selective enough to index. */
    static boolean indexable(String literal) {
        return literal.length() >= SHORTEST || literal.length() == 1 && rare(literal.charAt(0));
    }

    /** A folded character seldom seen in text: a control character or any that folds outside ASCII. */
    static boolean rare(char folded) {
        return folded < 0x20 || folded >= 0x7f;
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
        if (kind == Modifiers.Kind.RE && !modifiers.neq() && !modifiers.expand()) {
            return regex(spec);
        }
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
                if (!indexable(literal)) {
                    return null;
                }
                literals.add(new Needle(literal, Anchor.CONTAINS));
            }
        }
        return new Needles(Map.of(spec.field(), literals));
    }

    /** The needles of {@code re} values: for each, the literals it needs (see {@link RegexLiterals}); else null. */
    private static Needles regex(FieldSpec spec) {
        Set<Needle> literals = new HashSet<>();
        for (Value value : spec.values()) {
            Set<String> needed = value.isNull() ? null : RegexLiterals.of(value.text());
            if (needed == null) {
                return null;
            }
            needed.forEach(literal -> literals.add(new Needle(literal, Anchor.CONTAINS)));
        }
        return literals.isEmpty() ? null : new Needles(Map.of(spec.field(), literals));
    }

    /** The glob folded with {@link CaseFold}, when it is a plain literal (no wildcard); else null. */
    static String folded(Glob glob) {
        StringBuilder text = new StringBuilder();
        for (int token : glob.tokens()) {
            if (token < 0) {
                return null;
            }
            text.append((char) CaseFold.of((char) token));
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

    /** The longest run of characters between wildcards, folded with {@link CaseFold}. */
    private static String longestRun(Glob glob) {
        String best = "";
        StringBuilder run = new StringBuilder();
        for (int token : glob.tokens()) {
            if (token >= 0) {
                run.append((char) CaseFold.of((char) token));
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
     * The weakest literal's weight (its length, a rare character counting as {@link #RARE_WEIGHT}), with a bonus when
     * every literal is anchored, since an anchored literal is checked from one end of the text instead of by scanning
     * all of it: the better needles are long and anchored.
     */
    int strength() {
        int weakest = Integer.MAX_VALUE;
        boolean anchored = true;
        for (Set<Needle> literals : byField.values()) {
            for (Needle needle : literals) {
                weakest = Math.min(weakest, weight(needle.literal()));
                anchored &= needle.anchor() != Anchor.CONTAINS;
            }
        }
        return anchored && weakest < Integer.MAX_VALUE ? weakest + ANCHOR_BONUS : weakest;
    }

    /** A literal's length, a rare character counting as {@link #RARE_WEIGHT}. */
    static int weight(String literal) {
        int weight = 0;
        for (int i = 0; i < literal.length(); i++) {
            weight += rare(literal.charAt(i)) ? RARE_WEIGHT : 1;
        }
        return weight;
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
