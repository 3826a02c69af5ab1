package dev.nightshift.telemetry;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A compact, compressed binary form of a run of events, for the logs a shift's snapshot keeps beside its journal:
 * each name (a field's, a host's, a logsource's) is written once per run and referred to by number after that, and
 * so is each of the first {@value #FIELD_DICTIONARY} distinct values of a field (a channel, an image, a user); the
 * values of a field that has more (times, GUIDs, ports) are written out, and the whole run is deflated. Decoding gives events equal to those encoded, field order, value types and truth included;
 * equal logsources and truths come back as one shared instance, as the generators share them.
 */
public final class EventCodec {

    private static final int MAGIC = 0x4e534556; // "NSEV"
    private static final int VERSION = 2;
    /** How many distinct texts a field's own dictionary takes; its other values are written out in full. */
    private static final int FIELD_DICTIONARY = 256;
    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int DOUBLE = 4;
    private static final int TRUE = 5;
    private static final int FALSE = 6;
    private static final int MAP = 7;
    private static final int LIST = 8;

    private EventCodec() {
    }

    /** The events as bytes; a field value of a type events never carry is refused (IllegalArgumentException). */
    public static byte[] encode(List<Event> events) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + events.size() * 48);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(bytes, deflater, 1 << 16), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeByte(VERSION);
            varint(out, events.size());
            Writer writer = new Writer(out);
            for (Event event : events) {
                writer.event(event);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** The events that {@link #encode} wrote; damaged or foreign bytes are refused (IllegalArgumentException). */
    public static List<Event> decode(byte[] data) {
        byte[] plain;
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(data))) {
            plain = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("a run of events is damaged: " + e.getMessage(), e);
        }
        Reader reader = new Reader(plain);
        try {
            if (reader.int32() != MAGIC || reader.u8() != VERSION) {
                throw new IllegalArgumentException("not a run of events written by this version of nightshift");
            }
            int count = reader.varint();
            List<Event> events = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                events.add(reader.event());
            }
            return events;
        } catch (IndexOutOfBoundsException | IOException e) {
            throw new IllegalArgumentException("a run of events is damaged: " + e.getMessage(), e);
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> texts = new HashMap<>();
        private final List<Map<String, Integer>> dictionaries = new ArrayList<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void event(Event e) throws IOException {
            out.writeLong(e.index());
            out.writeLong(e.timestamp().getEpochSecond());
            out.writeInt(e.timestamp().getNano());
            text(e.logsource().product());
            text(e.logsource().category());
            text(e.logsource().service());
            text(e.host());
            Truth truth = e.truth();
            out.writeByte(truth.kind().ordinal());
            text(truth.stage());
            text(truth.technique());
            text(truth.lookalike());
            map(e.fields());
        }

        private void map(Map<?, ?> map) throws IOException {
            varint(out, map.size());
            for (Map.Entry<?, ?> field : map.entrySet()) {
                value(field.getValue(), text((String) field.getKey()));
            }
        }

        /** A value of the field whose name is text number {@code field}. */
        private void value(Object value, int field) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String s) {
                out.writeByte(TEXT);
                fieldText(s, field);
            } else if (value instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (value instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (value instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (value instanceof Map<?, ?> m) {
                out.writeByte(MAP);
                map(m);
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                varint(out, list.size());
                for (Object item : list) {
                    value(item, field);
                }
            } else {
                throw new IllegalArgumentException("an event field holds a " + value.getClass().getName()
                        + ", which a run of events cannot keep");
            }
        }

        /** 0: null; 1: a new text, then its UTF-8 bytes; n > 1: the text numbered n - 2. Returns its number. */
        private int text(String s) throws IOException {
            if (s == null) {
                varint(out, 0);
                return -1;
            }
            Integer known = texts.get(s);
            if (known != null) {
                varint(out, known + 2);
                return known;
            }
            texts.put(s, texts.size());
            varint(out, 1);
            utf8(s);
            return texts.size() - 1;
        }

        /** 0: a text written out; 1: a text the field's dictionary takes, then its bytes; n > 1: its entry n - 2. */
        private void fieldText(String s, int field) throws IOException {
            while (dictionaries.size() <= field) {
                dictionaries.add(new HashMap<>());
            }
            Map<String, Integer> dictionary = dictionaries.get(field);
            Integer known = dictionary.get(s);
            if (known != null) {
                varint(out, known + 2);
                return;
            }
            boolean kept = dictionary.size() < FIELD_DICTIONARY;
            if (kept) {
                dictionary.put(s, dictionary.size());
            }
            varint(out, kept ? 1 : 0);
            utf8(s);
        }

        private void utf8(String s) throws IOException {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(out, utf8.length);
            out.write(utf8);
        }
    }

    /** Reads a run from its inflated bytes, by position: the hot loop of restoring a long shift's logs. */
    private static final class Reader {
        private final byte[] in;
        private int at;
        private final List<String> texts = new ArrayList<>();
        private final List<List<String>> dictionaries = new ArrayList<>();
        private final Map<LogSource, LogSource> sources = new HashMap<>();
        private final Map<Truth, Truth> truths = new HashMap<>();

        Reader(byte[] in) {
            this.in = in;
        }

        int u8() {
            return in[at++] & 0xff;
        }

        int int32() {
            int value = ((in[at] & 0xff) << 24) | ((in[at + 1] & 0xff) << 16) | ((in[at + 2] & 0xff) << 8)
                    | (in[at + 3] & 0xff);
            at += 4;
            return value;
        }

        long int64() {
            return ((long) int32() << 32) | (int32() & 0xffffffffL);
        }

        int varint() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = u8();
                value |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    if (value < 0) {
                        throw new IOException("a negative length");
                    }
                    return value;
                }
            }
            throw new IOException("a number runs on too long");
        }

        Event event() throws IOException {
            long index = int64();
            Instant timestamp = Instant.ofEpochSecond(int64(), int32());
            LogSource source = sources.computeIfAbsent(new LogSource(text(), text(), text()), s -> s);
            String host = text();
            Truth.Kind[] kinds = Truth.Kind.values();
            int kind = u8();
            if (kind >= kinds.length) {
                throw new IOException("unknown truth " + kind);
            }
            Truth read = new Truth(kinds[kind], text(), text(), text());
            Truth truth = read.equals(Truth.benign()) ? Truth.benign() : truths.computeIfAbsent(read, t -> t);
            return Event.adopting(index, timestamp, source, host, map(), truth);
        }

        private Map<String, Object> map() throws IOException {
            int size = varint();
            Map<String, Object> map = new LinkedHashMap<>(Math.max(4, (int) (size / 0.75f) + 1));
            for (int i = 0; i < size; i++) {
                int field = textNumber();
                if (field < 0) {
                    throw new IOException("a field without a name");
                }
                map.put(texts.get(field), value(field));
            }
            return map;
        }

        private Object value(int field) throws IOException {
            int tag = u8();
            return switch (tag) {
                case NULL -> null;
                case TEXT -> fieldText(field);
                case INT -> int32();
                case LONG -> int64();
                case DOUBLE -> Double.longBitsToDouble(int64());
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case MAP -> java.util.Collections.unmodifiableMap(map());
                case LIST -> {
                    int size = varint();
                    List<Object> list = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        list.add(value(field));
                    }
                    yield java.util.Collections.unmodifiableList(list);
                }
                default -> throw new IOException("unknown value tag " + tag);
            };
        }

        private String text() throws IOException {
            int number = textNumber();
            return number < 0 ? null : texts.get(number);
        }

        /** The number of the text read (-1: null), reading a new one into the table. */
        private int textNumber() throws IOException {
            int code = varint();
            if (code == 0) {
                return -1;
            }
            if (code == 1) {
                texts.add(utf8());
                return texts.size() - 1;
            }
            if (code - 2 >= texts.size()) {
                throw new IOException("a text refers to number " + (code - 2) + " of " + texts.size());
            }
            return code - 2;
        }

        private String fieldText(int field) throws IOException {
            while (dictionaries.size() <= field) {
                dictionaries.add(new ArrayList<>());
            }
            List<String> dictionary = dictionaries.get(field);
            int code = varint();
            if (code >= 2) {
                if (code - 2 >= dictionary.size()) {
                    throw new IOException("a value refers to entry " + (code - 2) + " of " + dictionary.size());
                }
                return dictionary.get(code - 2);
            }
            String s = utf8();
            if (code == 1) {
                if (dictionary.size() >= FIELD_DICTIONARY) {
                    throw new IOException("a field's dictionary runs over");
                }
                dictionary.add(s);
            }
            return s;
        }

        private String utf8() throws IOException {
            int length = varint();
            String s = new String(in, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }
    }

    private static void varint(DataOutputStream out, int value) throws IOException {
        int v = value;
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }
}
