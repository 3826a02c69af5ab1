package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A multi-literal search automaton (Aho-Corasick) over literals folded with {@link CaseFold}: one pass over a text
 * reports every literal it contains, whatever the number of literals. Every character that folds outside ASCII is the
 * one symbol {@link CaseFold#OTHER}, so a literal holding it stands for any such character there (a superset of what
 * the literal's own text matches). Transitions are a dense table with one column per symbol the literals use (a
 * character no literal holds sends the scan back to the root without a read), whose entries hold the target's row
 * offset with its lowest bit set when literals end there: the table stays small enough to sit in the caches, a scan
 * costs at most one table read per character, and it allocates nothing.
 */
final class AhoCorasick {

    /** Receives the literals found by a scan. */
    interface Hits {
        void found(int literal);
    }

    private static final int SYMBOLS = CaseFold.OTHER + 1;
    private static final int[] NONE = new int[0];

    /** The column of each folded symbol, 0 for one no literal holds. */
    private final int[] columns = new int[SYMBOLS];
    private final int width;
    /** The shortest literal's length: a shorter text holds none. */
    private final int shortest;
    private final int[] next;
    private final int[][] outputs;

    /** An automaton for the literals, each already folded with {@link CaseFold} and non-empty. */
    AhoCorasick(List<String> literals) {
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
        shortest = literals.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
        int[] trie = new int[64 * width];
        Arrays.fill(trie, -1);
        List<int[]> ends = new ArrayList<>();
        int states = 1;
        for (int literal = 0; literal < literals.size(); literal++) {
            String text = literals.get(literal);
            int state = 0;
            for (int i = 0; i < text.length(); i++) {
                int slot = state * width + columns[text.charAt(i)];
                if (trie[slot] < 0) {
                    if ((states + 1) * width > trie.length) {
                        int old = trie.length;
                        trie = Arrays.copyOf(trie, old * 2);
                        Arrays.fill(trie, old, trie.length, -1);
                    }
                    trie[slot] = states++;
                }
                state = trie[slot];
            }
            ends.add(new int[] {state, literal});
        }
        int[][] own = new int[states][];
        for (int[] end : ends) {
            int[] at = own[end[0]];
            own[end[0]] = at == null ? new int[] {end[1]} : append(at, end[1]);
        }
        this.outputs = new int[states][];
        outputs[0] = NONE;
        int[] fail = new int[states];
        int[] delta = new int[states * width];
        int[] queue = new int[states];
        int head = 0;
        int tail = 0;
        for (int c = 1; c < width; c++) {
            int child = trie[c];
            delta[c] = Math.max(child, 0);
            if (child > 0) {
                queue[tail++] = child;
            }
        }
        while (head < tail) {
            int state = queue[head++];
            int[] inherited = outputs[fail[state]];
            int[] mine = own[state];
            outputs[state] = mine == null ? inherited : inherited.length == 0 ? mine : merged(mine, inherited);
            for (int c = 1; c < width; c++) {
                int child = trie[state * width + c];
                if (child > 0) {
                    fail[child] = delta[fail[state] * width + c];
                    delta[state * width + c] = child;
                    queue[tail++] = child;
                } else {
                    delta[state * width + c] = delta[fail[state] * width + c];
                }
            }
        }
        this.next = new int[delta.length];
        for (int i = 0; i < delta.length; i++) {
            int target = delta[i];
            next[i] = target * width * 2 | (outputs[target].length > 0 ? 1 : 0);
        }
    }

    private static int[] append(int[] literals, int literal) {
        int[] longer = Arrays.copyOf(literals, literals.length + 1);
        longer[literals.length] = literal;
        return longer;
    }

    private static int[] merged(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
    }

    /** Reports every literal found in the text (a literal found twice may be reported twice). */
    void scan(CharSequence text, Hits hits) {
        int length = text.length();
        if (length < shortest) {
            return;
        }
        int row = 0;
        for (int i = 0; i < length; i++) {
            int column = columns[CaseFold.of(text.charAt(i))];
            if (column == 0) {
                row = 0;
                continue;
            }
            int entry = next[(row >> 1) + column];
            row = entry;
            if ((entry & 1) != 0) {
                for (int literal : outputs[(entry >> 1) / width]) {
                    hits.found(literal);
                }
            }
        }
    }

    /** Whether the text holds any of the literals. */
    boolean any(CharSequence text) {
        int length = text.length();
        if (length < shortest) {
            return false;
        }
        int row = 0;
        for (int i = 0; i < length; i++) {
            int column = columns[CaseFold.of(text.charAt(i))];
            if (column == 0) {
                row = 0;
                continue;
            }
            row = next[(row >> 1) + column];
            if ((row & 1) != 0) {
                return true;
            }
        }
        return false;
    }
}
