package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trie of literals folded with {@link CaseFold} (any character folding outside ASCII is its one symbol
 * {@link CaseFold#OTHER}) anchored at one end of a text: walked from the first character for prefixes and whole
 * texts, or from the last character (over reversed literals) for suffixes. A walk stops at the first character no
 * literal continues with, so checking a long text against many anchored literals usually reads only a few of its
 * characters; it allocates nothing. Rows have one column per symbol the literals use, which keeps the table small.
 */
final class AnchoredTrie {

    private static final int SYMBOLS = CaseFold.OTHER + 1;
    private static final int[] NONE = new int[0];

    private final boolean fromEnd;
    /** The column of each folded symbol, 0 for one no literal holds (which ends every walk). */
    private final int[] columns = new int[SYMBOLS];
    private final int width;
    private final int[] next;
    private final int[][] prefixes;
    private final int[][] wholes;

    /**
     * A trie over {@code literals}, each folded with {@link CaseFold} and non-empty; {@code whole[i]} says literal
     * {@code i} must be the whole text rather than its start (or, {@code fromEnd}, its end).
     */
    AnchoredTrie(List<String> literals, boolean[] whole, boolean fromEnd) {
        this.fromEnd = fromEnd;
        int used = 1;
        for (String text : literals) {
            for (int i = 0; i < text.length(); i++) {
                int c = text.charAt(i);
                if (c >= SYMBOLS) {
                    throw new IllegalArgumentException("literal is not folded: " + text);
                }
                if (columns[c] == 0) {
                    columns[c] = used++;
                }
            }
        }
        width = used;
        int[] rows = new int[64 * width];
        Arrays.fill(rows, -1);
        int states = 1;
        List<int[]> ends = new ArrayList<>();
        for (int literal = 0; literal < literals.size(); literal++) {
            String text = literals.get(literal);
            int state = 0;
            for (int i = 0; i < text.length(); i++) {
                int slot = state * width + columns[text.charAt(fromEnd ? text.length() - 1 - i : i)];
                if (rows[slot] < 0) {
                    if ((states + 1) * width > rows.length) {
                        int old = rows.length;
                        rows = Arrays.copyOf(rows, old * 2);
                        Arrays.fill(rows, old, rows.length, -1);
                    }
                    rows[slot] = states++;
                }
                state = rows[slot];
            }
            ends.add(new int[] {state, literal, whole[literal] ? 1 : 0});
        }
        next = Arrays.copyOf(rows, states * width);
        List<List<Integer>> atPrefix = new ArrayList<>(java.util.Collections.nCopies(states, null));
        List<List<Integer>> atWhole = new ArrayList<>(java.util.Collections.nCopies(states, null));
        for (int[] end : ends) {
            List<List<Integer>> at = end[2] == 1 ? atWhole : atPrefix;
            if (at.get(end[0]) == null) {
                at.set(end[0], new ArrayList<>(1));
            }
            at.get(end[0]).add(end[1]);
        }
        prefixes = new int[states][];
        wholes = new int[states][];
        for (int state = 0; state < states; state++) {
            prefixes[state] = toArray(atPrefix.get(state));
            wholes[state] = toArray(atWhole.get(state));
        }
    }

    private static int[] toArray(List<Integer> literals) {
        return literals == null ? NONE : literals.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Reports every literal the text starts with (ends with, from the end), and those equal to the whole text. */
    void walk(CharSequence text, AhoCorasick.Hits hits) {
        int length = text.length();
        int state = 0;
        for (int i = 0; i < length; i++) {
            int column = columns[CaseFold.of(text.charAt(fromEnd ? length - 1 - i : i))];
            if ((state = next[state * width + column]) < 0) {
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
