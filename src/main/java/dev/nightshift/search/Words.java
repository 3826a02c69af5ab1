package dev.nightshift.search;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The words of a log store's distinct strings: each maximal run of three or more ASCII letters, in lower case, with
 * the ids of the strings that hold it (digits break words, so that the hexadecimal ids and numbers logs are full of
 * add few). A pattern that must find a run of letters (its longest, of three or more) can only match the strings
 * holding a word that contains that run, or a string with a character outside ASCII (whose case may fold onto an
 * ASCII letter), so a search tests those alone instead of every string. The
 * words sit one after another in one text, each followed by a line break, so that finding the words holding a run
 * is one pass of {@link String#indexOf(String, int)}. Built as the dictionary grows, each string read once.
 */
final class Words {

    static final int SHORTEST = 3;

    private final StringBuilder text = new StringBuilder();
    private String joined = "";
    private int[] starts = new int[1025];
    private int count;
    /** Per slot: the word's hash in the high half, its id + 1 in the low half (0: empty). */
    private long[] table = new long[2048];
    /** The first string holding each word; the rest, for words held by more than one, in {@link #more}. */
    private int[] first = new int[1024];
    private int[][] more = new int[1024][];
    private int[] moreSizes = new int[1024];
    private int[] outsideAscii = new int[64];
    private int outsideCount;
    private int read;

    /** Reads the strings the dictionary gained since the last call. */
    void catchUp(StringIds strings) {
        for (; read < strings.size(); read++) {
            add(read, strings.value(read));
        }
    }

    private void add(int stringId, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 128) {
                if (outsideCount == outsideAscii.length) {
                    outsideAscii = Arrays.copyOf(outsideAscii, outsideCount * 2);
                }
                outsideAscii[outsideCount++] = stringId;
                return;
            }
        }
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean inWord = i < n && letter(s.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (i - start >= SHORTEST) {
                    post(word(s, start, i), stringId);
                }
                start = -1;
            }
        }
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** The id of the word {@code s[from, to)} in lower case, adding it when new. */
    private int word(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        h = mix(h);
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long entry = table[slot];
            if (entry == 0) {
                return newWord(s, from, to, h, slot);
            }
            int w = (int) entry - 1;
            if ((int) (entry >>> 32) == h && same(w, s, from, to)) {
                return w;
            }
        }
    }

    private boolean same(int w, String s, int from, int to) {
        int at = starts[w];
        if (starts[w + 1] - 1 - at != to - from) {
            return false;
        }
        for (int i = from; i < to; i++, at++) {
            if (text.charAt(at) != lower(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int newWord(String s, int from, int to, int hash, int slot) {
        int w = count++;
        if (count == first.length) {
            int grown = first.length * 2;
            first = Arrays.copyOf(first, grown);
            more = Arrays.copyOf(more, grown);
            moreSizes = Arrays.copyOf(moreSizes, grown);
            starts = Arrays.copyOf(starts, grown + 1);
        }
        for (int i = from; i < to; i++) {
            text.append(lower(s.charAt(i)));
        }
        text.append('\n');
        starts[w + 1] = text.length();
        first[w] = -1;
        table[slot] = (long) hash << 32 | (w + 1);
        if (count * 2 > table.length) {
            long[] bigger = new long[table.length * 2];
            int mask = bigger.length - 1;
            for (long entry : table) {
                if (entry != 0) {
                    int i = (int) (entry >>> 32) & mask;
                    while (bigger[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    bigger[i] = entry;
                }
            }
            table = bigger;
        }
        return w;
    }

    private void post(int w, int stringId) {
        if (first[w] < 0) {
            first[w] = stringId;
            return;
        }
        int n = moreSizes[w];
        int[] list = more[w];
        if (first[w] == stringId || n > 0 && list[n - 1] == stringId) {
            return;
        }
        if (list == null || n == list.length) {
            list = list == null ? new int[2] : Arrays.copyOf(list, n * 2);
            more[w] = list;
        }
        list[n] = stringId;
        moreSizes[w] = n + 1;
    }

    /**
     * The longest run of ASCII letters in the pattern's text (its {@code *}, digits and other characters break runs),
     * lower case, or null when none is {@link #SHORTEST} long.
     */
    static String longestRun(String pattern) {
        String best = null;
        int start = -1;
        for (int i = 0; i <= pattern.length(); i++) {
            boolean inWord = i < pattern.length() && letter(pattern.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (i - start >= SHORTEST && (best == null || i - start > best.length())) {
                    best = pattern.substring(start, i);
                }
                start = -1;
            }
        }
        return best == null ? null : best.toLowerCase(java.util.Locale.ROOT);
    }

    /** How many ids {@link #candidates} would give for {@code run}. */
    long count(String run) {
        long n = outsideCount;
        String all = joined();
        for (int at = all.indexOf(run); at >= 0; ) {
            int w = wordAt(at);
            n += 1 + moreSizes[w];
            at = all.indexOf(run, starts[w + 1]);
        }
        return n;
    }

    private String joined() {
        if (joined.length() != text.length()) {
            joined = text.toString();
        }
        return joined;
    }

    /** Calls {@code each} with the id of every string that may hold {@code run} (some more than once). */
    void candidates(String run, IntConsumer each) {
        joined();
        for (int at = joined.indexOf(run); at >= 0; ) {
            int w = wordAt(at);
            each.accept(first[w]);
            for (int i = 0, n = moreSizes[w]; i < n; i++) {
                each.accept(more[w][i]);
            }
            at = joined.indexOf(run, starts[w + 1]);
        }
        for (int i = 0; i < outsideCount; i++) {
            each.accept(outsideAscii[i]);
        }
    }

    /** The word whose text holds position {@code at} of the joined text. */
    private int wordAt(int at) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    int size() {
        return count;
    }

    long bytes() {
        long bytes = 4L * outsideAscii.length + 8L * table.length + 20L * first.length + text.capacity()
                + joined.length();
        for (int w = 0; w < count; w++) {
            bytes += more[w] == null ? 0 : 16 + 4L * more[w].length;
        }
        return bytes;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
