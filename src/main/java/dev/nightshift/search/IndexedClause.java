package dev.nightshift.search;

import java.util.BitSet;

/**
 * Evaluates a clause on a log store's index: each comparison scans its field's column once, testing each distinct
 * value once (a memo over dictionary ids), and the tree combines bit sets of positions. The work is linear in the
 * entries of the columns it reads and the length of the distinct values, whatever the pattern.
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
                scan(column, ValueTest.of(c), new byte[store.strings().size()], hits);
            }
            return hits;
        }
        if (e instanceof Expr.Text t && t.everything()) {
            return range();
        }
        if (e instanceof Expr.Text t) {
            BitSet hits = new BitSet(to);
            byte[] memo = new byte[store.strings().size()];
            ValueTest test = ValueTest.of(t);
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

    private void scan(Column column, ValueTest test, byte[] memo, BitSet hits) {
        StringIds strings = store.strings();
        int[] positions = column.positions;
        int[] ids = column.ids;
        long required = test.required();
        if ((column.signature & required) != required) {
            return;
        }
        for (int i = column.lowerBound(from), end = column.lowerBound(to); i < end; i++) {
            int id = ids[i];
            byte known = memo[id];
            if (known == 0) {
                known = (strings.signature(id) & required) == required && test.test(strings.value(id)) ? (byte) 1
                        : (byte) 2;
                memo[id] = known;
            }
            if (known == 1) {
                hits.set(positions[i]);
            }
        }
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
