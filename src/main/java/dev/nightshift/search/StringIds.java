package dev.nightshift.search;

import java.util.Arrays;

/**
 * A dictionary of the distinct strings of a log store, each with a small integer id, in an open-addressing table
 * of ints (about 12 bytes a string beyond the string itself, which the events already hold).
 */
final class StringIds {

    private String[] values = new String[1024];
    private int size;
    private int[] table = new int[2048];

    /** The id of {@code s}, adding it when new. */
    int id(String s) {
        int mask = table.length - 1;
        for (int i = mix(s.hashCode()) & mask; ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == 0) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size] = s;
                table[i] = ++size;
                if (size * 2 > table.length) {
                    grow();
                }
                return size - 1;
            }
            if (values[slot - 1].equals(s)) {
                return slot - 1;
            }
        }
    }

    String value(int id) {
        return values[id];
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int i = mix(values[id].hashCode()) & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = id + 1;
        }
        table = bigger;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
