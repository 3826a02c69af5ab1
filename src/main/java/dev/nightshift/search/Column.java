package dev.nightshift.search;

import java.util.Arrays;

/**
 * One field of a log store's index: the positions of the events that carry it, ascending, and the dictionary id of
 * each one's value, side by side; which blocks of 64 dictionary ids its values fall in (so that a search skips a
 * column none of whose values can match); and what kind of value the events hold, so that a pipe command can read a
 * value back from its id as the event holds it.
 */
final class Column {

    /** The Java type of the values the events hold in this field. */
    enum Kind {
        NONE, STRING, INTEGER, LONG, DOUBLE, BOOLEAN, MIXED;

        static Kind of(Object value) {
            return value instanceof String ? STRING : value instanceof Integer ? INTEGER : value instanceof Long ? LONG
                    : value instanceof Double ? DOUBLE : value instanceof Boolean ? BOOLEAN : MIXED;
        }

        Kind and(Kind other) {
            return this == NONE ? other : this == other ? this : MIXED;
        }
    }

    final boolean fullText;
    int[] positions = new int[16];
    int[] ids = new int[16];
    int size;
    /** Every letter and digit some value of the column holds ({@link StringIds#signature}). */
    long signature;
    /** The kind of every value added, or MIXED. */
    Kind kind = Kind.NONE;
    /**
     * Whether every entry's path names the event's own nesting (no field name of it holds a dot), so that the
     * event's value read by name ({@link Fields#value}) is the entry's.
     */
    boolean plain = true;
    /** Bit {@code id / 64} set for the id of every value added. */
    long[] blocks = new long[1];

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
        int block = id >>> 6;
        if (block >>> 6 >= blocks.length) {
            blocks = Arrays.copyOf(blocks, Math.max(blocks.length * 2, (block >>> 6) + 1));
        }
        blocks[block >>> 6] |= 1L << block;
    }

    /** Whether some value of the column has its id in one of the blocks of 64 ids set in {@code wanted}. */
    boolean mayHold(long[] wanted) {
        for (int i = 0, n = Math.min(blocks.length, wanted.length); i < n; i++) {
            if ((blocks[i] & wanted[i]) != 0) {
                return true;
            }
        }
        return false;
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
        return 8L * positions.length + 8L * blocks.length + 32;
    }
}
