package dev.nightshift.detection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A multi-literal search automaton (Aho-Corasick) over case-folded ASCII literals: one pass over a text reports
 * every literal it contains, whatever the number of literals. Transitions are a dense table whose entries hold the
 * target's row offset with its lowest bit set when literals end there, so a scan costs one table read per
 * character and allocates nothing; a character that folds outside ASCII sends the scan back to the root.
 */
final class AhoCorasick {

    /** Receives the literals found by a scan. */
    interface Hits {
        void found(int literal);
    }

    private static final int ALPHABET = 128;

    private final int[] next;
    private final int[][] outputs;

    /** An automaton for the literals, each already folded with {@link CaseFold} and non-empty. */
    AhoCorasick(List<String> literals) {
        List<int[]> table = new ArrayList<>();
        List<List<Integer>> found = new ArrayList<>();
        table.add(newRow());
        found.add(new ArrayList<>());
        for (int literal = 0; literal < literals.size(); literal++) {
            String text = literals.get(literal);
            int state = 0;
            for (int i = 0; i < text.length(); i++) {
                int c = text.charAt(i);
                if (c >= ALPHABET) {
                    throw new IllegalArgumentException("literal is not folded ASCII: " + text);
                }
                if (table.get(state)[c] < 0) {
                    table.get(state)[c] = table.size();
                    table.add(newRow());
                    found.add(new ArrayList<>());
                }
                state = table.get(state)[c];
            }
            found.get(state).add(literal);
        }
        int states = table.size();
        int[] fail = new int[states];
        this.next = new int[states * ALPHABET];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int child = table.get(0)[c];
            next[c] = Math.max(child, 0);
            if (child > 0) {
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            found.get(state).addAll(found.get(fail[state]));
            for (int c = 0; c < ALPHABET; c++) {
                int child = table.get(state)[c];
                if (child > 0) {
                    fail[child] = next[fail[state] * ALPHABET + c];
                    next[state * ALPHABET + c] = child;
                    queue.add(child);
                } else {
                    next[state * ALPHABET + c] = next[fail[state] * ALPHABET + c];
                }
            }
        }
        this.outputs = new int[states][];
        for (int state = 0; state < states; state++) {
            outputs[state] = found.get(state).stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        for (int i = 0; i < next.length; i++) {
            int target = next[i];
            next[i] = target * ALPHABET * 2 | (outputs[target].length > 0 ? 1 : 0);
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /** Reports every literal found in the text (a literal found twice may be reported twice). */
    void scan(CharSequence text, Hits hits) {
        int row = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            int c = CaseFold.of(text.charAt(i));
            if (c == CaseFold.OTHER) {
                row = 0;
                continue;
            }
            int entry = next[(row >> 1) + c];
            row = entry;
            if ((entry & 1) != 0) {
                for (int literal : outputs[(entry >> 1) / ALPHABET]) {
                    hits.found(literal);
                }
            }
        }
    }
}
