package dev.nightshift.logs;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of one JSON line, insertion-ordered, whose texts and numbers stay bytes of the line until they are
 * read ({@link JsonLine} has checked them): a rule reads a few fields of an event, so most values are never made
 * into strings or numbers. Objects, lists and literals are held as read. A member is
 * found by its name's hash in a small open-addressed table of slots. Changed as a map changes (the pipelines remove
 * and add members); not thread-safe while it is changed, and a value read for the first time is stored, so it
 * is not shared between threads before it is handed over.
 */
final class LineFields extends AbstractMap<String, Object> implements java.io.Serializable {

    private static final Object UNREAD = new Object();
    /** How an unread value is written in the line. */
    static final byte PLAIN = 0;
    static final byte ESCAPED = 1;
    static final byte NUMBER = 2;

    private transient byte[] line;
    private transient String[] names;
    private transient int[] hashes;
    private transient int[] from;
    private transient int[] to;
    private transient Object[] values;
    private transient byte[] kinds;
    private transient int slots;
    private transient int live;
    /**
     * 1 + the slot of each name, open-addressed by its hash; most lookups are of names a line does not have, and
     * they stop at the first empty place.
     */
    private transient int[] table = new int[64];

    LineFields(int expected) {
        names = new String[expected];
        hashes = new int[expected];
        from = new int[expected];
        to = new int[expected];
        values = new Object[expected];
        kinds = new byte[expected];
    }

    /** The line's bytes, copied once its members are known; unread offsets count from {@code start}. */
    void keep(byte[] bytes, int start, int end) {
        line = Arrays.copyOfRange(bytes, start, end);
    }

    /**
     * Adds a text (without its quotes) or number still in the line, from {@code begin} to {@code end} (relative to
     * the kept line), of the given kind.
     */
    void addUnread(String name, int begin, int end, byte kind) {
        int slot = add(name, UNREAD);
        from[slot] = begin;
        to[slot] = end;
        kinds[slot] = kind;
    }

    /** Adds a member read already; a name seen before keeps its place and takes the new value, as a map does. */
    int add(String name, Object value) {
        int hash = name.hashCode();
        int slot = slot(name, hash);
        if (slot >= 0) {
            values[slot] = value;
            return slot;
        }
        if (slots == names.length) {
            int size = Math.max(8, slots * 2);
            names = Arrays.copyOf(names, size);
            hashes = Arrays.copyOf(hashes, size);
            from = Arrays.copyOf(from, size);
            to = Arrays.copyOf(to, size);
            values = Arrays.copyOf(values, size);
            kinds = Arrays.copyOf(kinds, size);
        }
        if (2 * (slots + 1) > table.length) {
            table = new int[table.length * 2];
            for (int i = 0; i < slots; i++) {
                place(hashes[i], i);
            }
        }
        names[slots] = name;
        hashes[slots] = hash;
        values[slots] = value;
        place(hash, slots);
        live++;
        return slots++;
    }

    private void place(int hash, int slot) {
        int mask = table.length - 1;
        int at = (hash ^ (hash >>> 7)) & mask;
        while (table[at] != 0) {
            at = (at + 1) & mask;
        }
        table[at] = slot + 1;
    }

    private int slot(Object key) {
        return key instanceof String name ? slot(name, name.hashCode()) : -1;
    }

    /** The slot of a live member of this name; a removed member keeps its place in the table, as a tombstone. */
    private int slot(String name, int hash) {
        int mask = table.length - 1;
        for (int at = (hash ^ (hash >>> 7)) & mask; table[at] != 0; at = (at + 1) & mask) {
            int i = table[at] - 1;
            if (hashes[i] == hash) {
                String known = names[i];
                if (known != null && (known == name || known.equals(name))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private Object value(int slot) {
        Object value = values[slot];
        if (value == UNREAD) {
            int begin = from[slot];
            int end = to[slot];
            value = switch (kinds[slot]) {
                case PLAIN -> new String(line, begin, end - begin, StandardCharsets.ISO_8859_1);
                case ESCAPED -> JsonBytes.decode(line, begin, end);
                default -> JsonBytes.number(line, begin, end);
            };
            values[slot] = value;
        }
        return value;
    }

    @Override
    public Object get(Object key) {
        int slot = slot(key);
        return slot < 0 ? null : value(slot);
    }

    @Override
    public boolean containsKey(Object key) {
        return slot(key) >= 0;
    }

    @Override
    public Object put(String key, Object value) {
        int slot = slot(key);
        if (slot < 0) {
            add(key, value);
            return null;
        }
        Object old = value(slot);
        values[slot] = value;
        return old;
    }

    @Override
    public Object remove(Object key) {
        int slot = slot(key);
        if (slot < 0) {
            return null;
        }
        Object old = value(slot);
        names[slot] = null;
        values[slot] = null;
        live--;
        return old;
    }

    @Override
    public int size() {
        return live;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < slots && names[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < slots;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= slots) {
                            throw new NoSuchElementException();
                        }
                        int slot = next;
                        next = advance(next + 1);
                        return new Member(slot);
                    }
                };
            }

            @Override
            public int size() {
                return live;
            }
        };
    }

    /** A member whose value is read only when asked for (listing the names reads no value). */
    private final class Member implements Entry<String, Object> {

        private final int slot;
        private final String name;

        Member(int slot) {
            this.slot = slot;
            this.name = names[slot];
        }

        @Override
        public String getKey() {
            return name;
        }

        @Override
        public Object getValue() {
            return value(slot);
        }

        @Override
        public Object setValue(Object value) {
            throw new UnsupportedOperationException("a line's members are changed through the map");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry<?, ?> e && name.equals(e.getKey())
                    && java.util.Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return name.hashCode() ^ java.util.Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return name + "=" + getValue();
        }
    }

    /** Serialised as the plain map it reads as. */
    private Object writeReplace() {
        return new LinkedHashMap<>(this);
    }
}
