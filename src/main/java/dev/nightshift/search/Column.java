package dev.nightshift.search;

import java.util.Arrays;

/**
 * One field of a log store's index: the positions of the events that carry it, ascending, and the dictionary id of
 * each one's value, side by side.
 */
final class Column {

    final boolean fullText;
    int[] positions = new int[16];
    int[] ids = new int[16];
    int size;
    /** Every letter and digit some value of the column holds ({@link StringIds#signature}). */
    long signature;

    Column(boolean fullText) {
        this.fullText = fullText;
    }

    void add(int position, int id, long valueSignature) {
        signature |= valueSignature;
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        positions[size] = position;
        ids[size++] = id;
    }

    /** The first entry whose position is at least {@code position}. */
    int lowerBound(int position) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions[mid] < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    long bytes() {
        return 8L * positions.length + 32;
    }
}
