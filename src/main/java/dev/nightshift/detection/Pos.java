package dev.nightshift.detection;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** A 1-based line and column in a rule file. */
record Pos(int line, int column) {

    static final Pos START = new Pos(1, 1);

    Pos {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based, got " + line + ":" + column);
        }
    }

    static Pos of(Mark mark) {
        return mark == null ? START : new Pos(mark.getLine() + 1, mark.getColumn() + 1);
    }

    static Pos of(Node node) {
        return of(node.getStartMark());
    }

    /**
     * The position of the character at {@code offset} in a scalar's text, exact for a scalar written on one line
     * without escapes, and the scalar's own start otherwise.
     */
    static Pos inScalar(ScalarNode node, int offset) {
        Mark start = node.getStartMark();
        Mark end = node.getEndMark();
        if (start == null || end == null || start.getLine() != end.getLine()) {
            return of(start);
        }
        int quote = node.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
        if (end.getColumn() - start.getColumn() != node.getValue().length() + 2 * quote) {
            return of(start);
        }
        return new Pos(start.getLine() + 1, start.getColumn() + 1 + quote + offset);
    }
}
