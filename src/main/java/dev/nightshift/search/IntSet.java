package dev.nightshift.search;

import java.util.Arrays;

/** A set of non-negative ints (a statistic's distinct keys), in an open-addressing table: about 12 bytes an element. */
final class IntSet {

    private int[] order = new int[4];
    private int size;
    private int[] table = new int[8];

    /** Adds {@code value}; whether it was new. */
    boolean add(int value) {
        int mask = table.length - 1;
        for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == 0) {
                if (size == order.length) {
                    order = Arrays.copyOf(order, size * 2);
                }
                order[size++] = value;
                table[i] = value + 1;
                if (size * 2 > table.length) {
                    grow();
                }
                return true;
            }
            if (slot == value + 1) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    int at(int i) {
        return order[i];
    }

    long bytes() {
        return 4L * (order.length + table.length);
    }

    private void grow() {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int k = 0; k < size; k++) {
            int i = mix(order[k]) & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = order[k] + 1;
        }
        table = bigger;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
