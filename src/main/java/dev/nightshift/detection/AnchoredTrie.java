package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trie of literals folded with {@link CaseFold} (any character folding outside ASCII is its one symbol
 * {@link CaseFold#OTHER}) anchored at one end of a text: walked from the first character for prefixes
 * and whole texts, or from the last character (over reversed literals) for suffixes. A walk stops at the first
 * character no literal continues with, so checking a long text against many anchored literals usually reads only a
 * few of its characters; it allocates nothing.
 */
final class AnchoredTrie {

    private static final int ALPHABET = CaseFold.OTHER + 1;
    private static final int[] NONE = new int[0];

    private final boolean fromEnd;
    private final int[] next;
    private final int[][] prefixes;
    private final int[][] wholes;

    /**
     * A trie over {@code literals}, each folded with {@link CaseFold} and non-empty; {@code whole[i]} says literal
     * {@code i} must be the whole text rather than its start (or, {@code fromEnd}, its end).
     */
    AnchoredTrie(List<String> literals, boolean[] whole, boolean fromEnd) {
        this.fromEnd = fromEnd;
        List<int[]> rows = new ArrayList<>();
        List<List<Integer>> atPrefix = new ArrayList<>();
        List<List<Integer>> atWhole = new ArrayList<>();
        rows.add(newRow());
        atPrefix.add(new ArrayList<>());
        atWhole.add(new ArrayList<>());
        for (int literal = 0; literal < literals.size(); literal++) {
            String text = literals.get(literal);
            int state = 0;
            for (int i = 0; i < text.length(); i++) {
                int c = text.charAt(fromEnd ? text.length() - 1 - i : i);
                if (c >= ALPHABET) {
                    throw new IllegalArgumentException("literal is not folded: " + text);
                }
                if (rows.get(state)[c] < 0) {
                    rows.get(state)[c] = rows.size();
                    rows.add(newRow());
                    atPrefix.add(new ArrayList<>());
                    atWhole.add(new ArrayList<>());
                }
                state = rows.get(state)[c];
            }
            (whole[literal] ? atWhole : atPrefix).get(state).add(literal);
        }
        next = new int[rows.size() * ALPHABET];
        prefixes = new int[rows.size()][];
        wholes = new int[rows.size()][];
        for (int state = 0; state < rows.size(); state++) {
            System.arraycopy(rows.get(state), 0, next, state * ALPHABET, ALPHABET);
            prefixes[state] = toArray(atPrefix.get(state));
            wholes[state] = toArray(atWhole.get(state));
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    private static int[] toArray(List<Integer> literals) {
        return literals.isEmpty() ? NONE : literals.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Reports every literal the text starts with (ends with, from the end), and those equal to the whole text. */
    void walk(CharSequence text, AhoCorasick.Hits hits) {
        int length = text.length();
        int state = 0;
        for (int i = 0; i < length; i++) {
            int c = CaseFold.of(text.charAt(fromEnd ? length - 1 - i : i));
            if ((state = next[state * ALPHABET + c]) < 0) {
                return;
            }
            for (int literal : prefixes[state]) {
                hits.found(literal);
            }
        }
        for (int literal : wholes[state]) {
            hits.found(literal);
        }
    }
}
