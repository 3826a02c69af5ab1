package dev.nightshift.search;

import java.util.Arrays;

/**
 * A dictionary of the distinct strings of a log store, each with a small integer id, in an open-addressing table
 * holding each string's hash beside its id, so that a probe reads a string only when the hashes agree (about 28
 * bytes a string beyond the string itself, which the events already hold).
 */
final class StringIds {

    private String[] values = new String[1024];
    private long[] signatures = new long[1024];
    private int size;
    /** Per slot: the string's hash in the high half, its id + 1 in the low half (0: empty). */
    private long[] table = new long[2048];

    /** The id of {@code s}, adding it when new. */
    int id(String s) {
        int hash = s.hashCode();
        int mask = table.length - 1;
        for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == 0) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                    signatures = Arrays.copyOf(signatures, size * 2);
                }
                values[size] = s;
                signatures[size] = signature(s);
                table[i] = (long) hash << 32 | ++size;
                if (size * 2 > table.length) {
                    grow();
                }
                return size - 1;
            }
            int id = (int) slot - 1;
            if ((int) (slot >>> 32) == hash && values[id].equals(s)) {
                return id;
            }
        }
    }

    String value(int id) {
        return values[id];
    }

    /** The letters and digits the string holds, one bit each ignoring case: see {@link #signature(CharSequence)}. */
    long signature(int id) {
        return signatures[id];
    }

    /**
     * One bit for each ASCII letter (either case) and digit a text holds, counting every character that a
     * case-insensitive comparison could take for one: a pattern whose letters are not all in a string's signature
     * cannot match it, which lets a search skip most strings without reading them.
     */
    static long signature(CharSequence text) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                bits |= bit(c);
            } else {
                char upper = Character.toUpperCase(c);
                bits |= bit(Character.toLowerCase(c)) | bit(upper) | bit(Character.toLowerCase(upper));
            }
        }
        return bits;
    }

    /** The bits a pattern's own letters and digits require ({@code *} and other characters require none). */
    static long required(CharSequence pattern) {
        long bits = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            bits |= c < 128 ? bit(c) : 0;
        }
        return bits;
    }

    private static long bit(char c) {
        if (c >= 'a' && c <= 'z') {
            return 1L << (c - 'a');
        }
        if (c >= 'A' && c <= 'Z') {
            return 1L << (c - 'A');
        }
        if (c >= '0' && c <= '9') {
            return 1L << (26 + c - '0');
        }
        return 0;
    }

    int size() {
        return size;
    }

    /** What the dictionary takes beyond its strings, in bytes. */
    long bytes() {
        return 4L * values.length + 8L * signatures.length + 8L * table.length;
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        int mask = bigger.length - 1;
        for (long slot : table) {
            if (slot != 0) {
                int i = mix((int) (slot >>> 32)) & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = slot;
            }
        }
        table = bigger;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
