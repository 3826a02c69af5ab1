package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The first characters of many literals, folded as {@link String#regionMatches(boolean, int, String, int, int)}
 * folds them, so that one pass over a text finds, at each position, the few literals that could start there: a
 * field entry with a thousand {@code contains} values (SigmaHQ's emoji rules) then costs one lookup per character
 * instead of a thousand scans. Any literal, not only ASCII ones. Immutable.
 */
final class FirstChars {

    /** Stands for the first character of a literal that starts with a wildcard: it is tested on every text. */
    static final char ANY = '\uFFFF';

    private final char[] keys;
    private final int[][] literals;
    private final int[] always;
    private final boolean cased;

    /** The first character of each literal (or {@link #ANY}), in the order of their tests; {@code cased} exactly. */
    FirstChars(char[] firsts, boolean cased) {
        this.cased = cased;
        List<Integer> anywhere = new ArrayList<>();
        for (int i = 0; i < firsts.length; i++) {
            if (firsts[i] == ANY) {
                anywhere.add(i);
            }
        }
        always = anywhere.stream().mapToInt(Integer::intValue).toArray();
        char[] folded = new char[firsts.length];
        for (int i = 0; i < firsts.length; i++) {
            folded[i] = firsts[i] == ANY ? ANY : fold(firsts[i]);
        }
        char[] sorted = folded.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        keys = Arrays.copyOf(sorted, distinct);
        List<List<Integer>> owners = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            owners.add(new ArrayList<>());
        }
        for (int literal = 0; literal < folded.length; literal++) {
            if (folded[literal] != ANY) {
                owners.get(Arrays.binarySearch(keys, folded[literal])).add(literal);
            }
        }
        literals = owners.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    private char fold(char c) {
        return cased ? c : Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Whether some literal whose first character occurs in the text passes {@code confirm} (which tests the whole
     * literal); each literal is confirmed at most once.
     */
    boolean anyConfirmed(String text, IntPredicate confirm) {
        for (int literal : always) {
            if (confirm.test(literal)) {
                return true;
            }
        }
        long[] tried = null;
        for (int i = 0; i < text.length(); i++) {
            int at = Arrays.binarySearch(keys, fold(text.charAt(i)));
            if (at < 0) {
                continue;
            }
            if (tried == null) {
                tried = new long[(keys.length + 63) / 64];
            }
            if ((tried[at >> 6] & 1L << at) != 0) {
                continue;
            }
            tried[at >> 6] |= 1L << at;
            for (int literal : literals[at]) {
                if (confirm.test(literal)) {
                    return true;
                }
            }
        }
        return false;
    }
}
