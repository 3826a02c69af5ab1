package dev.nightshift.search;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Evaluates a clause on a log store's index: each comparison scans its field's column once, testing each distinct
 * value once (a memo over dictionary ids; for a pattern with a run of three letters, only the strings the word
 * index names), and the tree combines bit sets of positions. The work is linear in the entries of the columns it
 * reads and the length of the distinct values, whatever the pattern.
 */
final class IndexedClause {

    private final LogStore store;
    private final int from;
    private final int to;

    private IndexedClause(LogStore store, int from, int to) {
        this.store = store;
        this.from = from;
        this.to = to;
    }

    /** The positions in {@code [from, to)} of the events that satisfy {@code clause}. */
    static BitSet evaluate(Expr clause, LogStore store, int from, int to) {
        return new IndexedClause(store, from, to).eval(clause);
    }

    private BitSet eval(Expr e) {
        if (e instanceof Expr.All) {
            return range();
        }
        if (e instanceof Expr.Compare c && c.op() == Expr.Op.NE) {
            return complement(eval(new Expr.Compare(c.field(), Expr.Op.EQ, c.value())));
        }
        if (e instanceof Expr.Compare c) {
            BitSet hits = new BitSet(to);
            Column column = store.column(c.field());
            if (column != null) {
                ValueTest test = ValueTest.of(c);
                scan(column, test, memo(test, entries(column)), hits);
            }
            return hits;
        }
        if (e instanceof Expr.Text t && t.everything()) {
            return range();
        }
        if (e instanceof Expr.Text t) {
            BitSet hits = new BitSet(to);
            ValueTest test = ValueTest.of(t);
            long entries = 0;
            for (Column column : store.fullTextColumns()) {
                entries += entries(column);
            }
            Memo memo = memo(test, entries);
            for (Column column : store.fullTextColumns()) {
                scan(column, test, memo, hits);
            }
            return hits;
        }
        if (e instanceof Expr.Not not) {
            return complement(eval(not.inner()));
        }
        if (e instanceof Expr.And and) {
            BitSet hits = eval(and.parts().get(0));
            for (int i = 1; i < and.parts().size() && !hits.isEmpty(); i++) {
                hits.and(eval(and.parts().get(i)));
            }
            return hits;
        }
        BitSet hits = new BitSet(to);
        ((Expr.Or) e).parts().forEach(p -> hits.or(eval(p)));
        return hits;
    }

    private void scan(Column column, ValueTest test, Memo memo, BitSet hits) {
        long required = test.required();
        if ((column.signature & required) != required || memo.blocks != null && !column.mayHold(memo.blocks)) {
            return;
        }
        int[] positions = column.positions;
        int[] ids = column.ids;
        byte[] known = memo.known;
        for (int i = column.lowerBound(from), end = column.lowerBound(to); i < end; i++) {
            if (known(ids[i], test, required, known) == 1) {
                hits.set(positions[i]);
            }
        }
    }

    /**
     * What is known of each dictionary id: 0 not yet tested, 1 matches, 2 does not, 3 tested and does not; and, when
     * the matching ids were all found at once, which blocks of 64 ids hold one.
     */
    private record Memo(byte[] known, long[] blocks) {
    }

    /**
     * A memo for {@link #known}. When the test's pattern needs a run of three letters and fewer strings hold a word
     * with that run than there are entries to read, those strings are tested now and every other string is known not
     * to match.
     */
    private Memo memo(ValueTest test, long values) {
        byte[] memo = new byte[store.strings().size()];
        String run = test.pattern() == null ? null : Words.longestRun(test.pattern());
        Words words = store.words();
        if (run == null || words.count(run) >= values) {
            return new Memo(memo, null);
        }
        Arrays.fill(memo, (byte) 2);
        long[] blocks = new long[(memo.length >>> 12) + 1];
        long required = test.required();
        StringIds strings = store.strings();
        words.candidates(run, id -> {
            if (memo[id] == 2) {
                boolean hit = (strings.signature(id) & required) == required && test.test(strings.value(id));
                memo[id] = hit ? (byte) 1 : (byte) 3;
                if (hit) {
                    blocks[id >>> 12] |= 1L << (id >>> 6);
                }
            }
        });
        return new Memo(memo, blocks);
    }

    /** 1 when the value of {@code id} passes the test, 2 when not; worked out once per id. */
    private byte known(int id, ValueTest test, long required, byte[] memo) {
        byte known = memo[id];
        if (known == 0) {
            StringIds strings = store.strings();
            known = (strings.signature(id) & required) == required && test.test(strings.value(id)) ? (byte) 1
                    : (byte) 2;
            memo[id] = known;
        }
        return known == 3 ? 2 : known;
    }

    /** How many of the column's entries fall in the positions searched. */
    private int entries(Column column) {
        return column.lowerBound(to) - column.lowerBound(from);
    }

    private BitSet range() {
        BitSet all = new BitSet(to);
        all.set(from, to);
        return all;
    }

    private BitSet complement(BitSet hits) {
        BitSet all = range();
        all.andNot(hits);
        return all;
    }
}
