package dev.nightshift.search;

import java.util.HashMap;
import java.util.Map;

/**
 * One field's values over the rows of a search, read from the index rather than from each event: the dictionary id
 * of each row's value (-1 when the event lacks the field), and for each id met the value as the event holds it,
 * its text and number worked out once, and a key numbering the distinct texts (which pipe commands group by).
 */
final class FieldValues {

    /** A value of the field: as the event holds it, as {@link Values#text} reads it, as a number, and its key. */
    record Cell(Object raw, String text, double number, int key) {
    }

    final int[] ids;
    private final Column.Kind kind;
    private final StringIds strings;
    /** The cells met so far, in an open-addressing table by id (sized to the field's values, not the dictionary). */
    private int[] slots = new int[64];
    private Cell[] cells = new Cell[64];
    private int count;
    private final Map<String, Integer> keys = new HashMap<>();

    private FieldValues(int[] ids, Column.Kind kind, StringIds strings) {
        this.ids = ids;
        this.kind = kind;
        this.strings = strings;
    }

    /** The field's values over {@code rows} (positions, descending), or null when the index cannot give them. */
    static FieldValues of(LogStore store, String field, int[] rows) {
        Column column = store.pipeColumn(field);
        if (column == null) {
            return null;
        }
        int[] ids = new int[rows.length];
        int[] positions = column.positions;
        int[] columnIds = column.ids;
        int n = column.size;
        if ((long) rows.length * 20 < n) {
            for (int r = 0; r < rows.length; r++) {
                int at = column.lowerBound(rows[r]);
                ids[r] = at < n && positions[at] == rows[r] ? columnIds[at] : -1;
            }
        } else {
            int c = n - 1;
            for (int r = 0; r < rows.length; r++) {
                int p = rows[r];
                while (c >= 0 && positions[c] > p) {
                    c--;
                }
                ids[r] = c >= 0 && positions[c] == p ? columnIds[c] : -1;
            }
        }
        return new FieldValues(ids, column.kind, store.strings());
    }

    /** The value of row {@code r}, or null when its event lacks the field. */
    Cell at(int r) {
        int id = ids[r];
        return id < 0 ? null : cell(id);
    }

    private Cell cell(int id) {
        int mask = slots.length - 1;
        int i = mix(id) & mask;
        for (; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == id + 1) {
                return cells[i];
            }
        }
        String s = strings.value(id);
        Object raw = switch (kind) {
            case INTEGER -> Integer.valueOf(s);
            case LONG -> Long.valueOf(s);
            case DOUBLE -> Double.valueOf(s);
            case BOOLEAN -> Boolean.valueOf(s);
            default -> s;
        };
        String text = Values.text(raw);
        Integer key = keys.get(text);
        if (key == null) {
            key = keys.size();
            keys.put(text, key);
        }
        Cell c = new Cell(raw, text, Values.number(raw), key);
        slots[i] = id + 1;
        cells[i] = c;
        if (++count * 2 > slots.length) {
            grow();
        }
        return c;
    }

    private void grow() {
        int[] oldSlots = slots;
        Cell[] oldCells = cells;
        slots = new int[oldSlots.length * 2];
        cells = new Cell[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int k = 0; k < oldSlots.length; k++) {
            if (oldSlots[k] != 0) {
                int i = mix(oldSlots[k] - 1) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[k];
                cells[i] = oldCells[k];
            }
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** How many distinct keys the rows read so far have. */
    int keyCount() {
        return keys.size();
    }
}
