package dev.nightshift.search;

import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The logs a session has collected, in arrival order, with the index a search runs on: the events' times in one
 * array, and per field a {@link Column} of dictionary ids. The index is built when a search first needs it and
 * extended with what arrived since at the next one, so each event is indexed once and a session that never searches
 * pays nothing.
 */
public final class LogStore {

    private static final String NATIVE = "\u0000";

    private final List<Event> events = new ArrayList<>();
    private long[] times = new long[1024];
    private boolean timeOrdered = true;
    private boolean exactMillis = true;
    private final StringIds strings = new StringIds();
    private final Map<String, Column> columns = new HashMap<>();
    private final List<Column> fullText = new ArrayList<>();
    private final Words words = new Words();
    /** The dictionary id + 1 of each small whole number's text, which so many fields hold (0: not met yet). */
    private final int[] smallInts = new int[1 << 16];
    private int indexed;

    public LogStore() {
    }

    /** A store holding {@code events} in their order. */
    public static LogStore of(List<Event> events) {
        LogStore store = new LogStore();
        events.forEach(store::add);
        return store;
    }

    public void add(Event event) {
        int n = events.size();
        if (n == times.length) {
            times = Arrays.copyOf(times, n * 2);
        }
        long t = event.timestamp().toEpochMilli();
        if (n > 0 && t < times[n - 1]) {
            timeOrdered = false;
        }
        times[n] = t;
        exactMillis &= event.timestamp().getNano() % 1_000_000 == 0;
        events.add(event);
    }

    public int size() {
        return events.size();
    }

    public Event get(int position) {
        return events.get(position);
    }

    /** The events, oldest first, read-only. */
    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    /** Whether every event's time is a whole millisecond, so that {@link #time} gives it back exactly. */
    boolean exactMillis() {
        return exactMillis;
    }

    /** Indexes what arrived since the last search. */
    void catchUp() {
        for (; indexed < events.size(); indexed++) {
            Event e = events.get(indexed);
            int position = indexed;
            if (e.host() != null) {
                add(column(Fields.HOST, true), position, e.host());
            }
            add(column(Fields.SOURCE, false), position, Fields.source(e.logsource()));
            Fields.eachNative(e, (name, value, plain) -> {
                String key = name.equals(Fields.HOST) || name.equals(Fields.SOURCE) ? NATIVE + name : name;
                Column column = column(key, true);
                column.plain &= plain;
                add(column, position, value);
            });
        }
        words.catchUp(strings);
    }

    Words words() {
        return words;
    }

    private void add(Column column, int position, Object value) {
        column.kind = column.kind.and(Column.Kind.of(value));
        int id;
        if (value instanceof Integer n && n >= 0 && n < smallInts.length) {
            id = smallInts[n] - 1;
            if (id < 0) {
                id = strings.id(String.valueOf(value));
                smallInts[n] = id + 1;
            }
        } else {
            id = strings.id(value instanceof String s ? s : String.valueOf(value));
        }
        column.add(position, id, strings.signature(id));
    }

    private Column column(String name, boolean text) {
        Column c = columns.get(name);
        if (c == null) {
            c = new Column(text);
            columns.put(name, c);
            if (text) {
                fullText.add(c);
            }
        }
        return c;
    }

    /**
     * The column whose entries are what a pipe command reads from each event by that name ({@link Fields#value}),
     * with its values' kind; an empty column when no event carries the field; null when the index cannot say
     * ({@code _time}, a field some event spells with a dot in a name, values of mixed or other types).
     */
    Column pipeColumn(String field) {
        if (field.equals(Fields.TIME) || field.startsWith(NATIVE)) {
            return null;
        }
        Column c = columns.get(field);
        if (c == null) {
            return EMPTY;
        }
        return c.plain && c.kind != Column.Kind.MIXED ? c : null;
    }

    private static final Column EMPTY = new Column(false);

    /** The column of a field as the search clause names it, or null when no event carries it. */
    Column column(String field) {
        return columns.get(field);
    }

    List<Column> fullTextColumns() {
        return fullText;
    }

    StringIds strings() {
        return strings;
    }

    /** The first position whose event is at or after {@code t} (all positions when the store is not in time order). */
    int firstAtOrAfter(Instant t) {
        long ms = t.toEpochMilli();
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < ms) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean timeOrdered() {
        return timeOrdered;
    }

    long time(int position) {
        return times[position];
    }

    /** What the index holds beyond the events, in bytes (columns and times; the dictionary's table and ids). */
    public long indexBytes() {
        long bytes = 8L * times.length + strings.bytes() + 4L * smallInts.length + words.bytes();
        for (Column c : columns.values()) {
            bytes += c.bytes();
        }
        return bytes;
    }
}
