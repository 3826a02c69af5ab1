package dev.nightshift.logs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hot path of reading JSON lines: one JSON object straight from UTF-8 bytes into the values {@link JsonMaps}
 * makes, in one pass without a tokenizer. It reads only what it is sure of, strict JSON of a usual size, and answers
 * null for anything else (a syntax error, invalid UTF-8, deep nesting, a huge number or text, a byte order mark),
 * which {@link JsonMaps} then reads or reports exactly as Jackson does; so whatever this class returns equals what
 * Jackson would. Field names are interned (as Jackson interns them) and remembered by their bytes, since every line
 * repeats them. Mutable: one instance serves one reader, from one thread.
 */
final class JsonLine {

    /** Deeper objects and arrays, and longer texts or numbers, are left to Jackson and its limits. */
    private static final int MAX_DEPTH = 64;
    private static final int MAX_TEXT = 1 << 20;
    static final int MAX_NUMBER = 64;
    private static final int NAMES = 1024;

    private final byte[][] nameBytes = new byte[NAMES][];
    private final String[] names = new String[NAMES];
    /** For each remembered name (and, last, the start of a line), 1 + the slot of the name that followed it. */
    private final int[] following = new int[NAMES + 1];
    private int previous;
    private byte[] in;
    private int pos;
    private int end;
    private int depth;
    private int base;
    /** The bounds of the text {@link #scanText()} passed over last, and whether it needs decoding. */
    private int textFrom;
    private int textTo;
    private boolean textEscaped;
    /** Whether the last {@link #value()} that returned null read a JSON {@code null} rather than failing. */
    private boolean wasNull;

    /** The object of one line, or null when the line is not plain JSON of one object this class is sure to read. */
    Map<String, Object> object(byte[] bytes, int start, int length) {
        return read(bytes, start, length, false);
    }

    /**
     * As {@link #object}, with the line's texts and numbers left in the line until they are asked for
     * ({@link LineFields}); every byte of the line is still checked as {@link #object} checks it.
     */
    Map<String, Object> fields(byte[] bytes, int start, int length) {
        return read(bytes, start, length, true);
    }

    private Map<String, Object> read(byte[] bytes, int start, int length, boolean lazy) {
        in = bytes;
        pos = start;
        end = start + length;
        depth = 0;
        base = start;
        previous = NAMES;
        try {
            if (skipSpace() != '{') {
                return null;
            }
            pos++;
            LineFields fields = lazy ? new LineFields(32) : null;
            Map<String, Object> object = object(64, fields);
            if (object == null || skipSpace() != -1) {
                return null;
            }
            if (fields != null) {
                fields.keep(bytes, start, end);
            }
            return object;
        } finally {
            in = null;
        }
    }

    /** The next byte that is not JSON whitespace, left unread; -1 at the end. */
    private int skipSpace() {
        while (pos < end) {
            byte b = in[pos];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b & 0xFF;
            }
            pos++;
        }
        return -1;
    }

    /**
     * The members of an object whose opening brace has been read, up to and with its closing brace; into
     * {@code lazy} when given, its texts and numbers left in the line.
     */
    private Map<String, Object> object(int expected, LineFields lazy) {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        Map<String, Object> object = lazy != null ? lazy : new LinkedHashMap<>(expected);
        int c = skipSpace();
        if (c == '}') {
            pos++;
            depth--;
            return object;
        }
        while (true) {
            if (c != '"') {
                return null;
            }
            pos++;
            String name = name();
            if (name == null || skipSpace() != ':') {
                return null;
            }
            pos++;
            int first = skipSpace();
            if (lazy != null && first == '"') {
                pos++;
                if (!scanText()) {
                    return null;
                }
                lazy.addUnread(name, textFrom - base, textTo - base,
                        textEscaped ? LineFields.ESCAPED : LineFields.PLAIN);
            } else if (lazy != null && (first == '-' || (first >= '0' && first <= '9'))) {
                int to = JsonBytes.numberEnd(in, pos, end);
                if (to < 0) {
                    return null;
                }
                lazy.addUnread(name, pos - base, to - base, LineFields.NUMBER);
                pos = to;
            } else {
                Object value = value();
                if (value == null && !wasNull) {
                    return null;
                }
                if (lazy != null) {
                    lazy.add(name, value);
                } else {
                    object.put(name, value);
                }
            }
            c = skipSpace();
            pos++;
            if (c == '}') {
                depth--;
                return object;
            }
            if (c != ',') {
                return null;
            }
            c = skipSpace();
        }
    }

    /** The value at the current byte; null when it cannot be read here ({@link #wasNull} tells a JSON null). */
    private Object value() {
        wasNull = false;
        if (pos >= end) {
            return null;
        }
        byte b = in[pos];
        switch (b) {
            case '"' -> {
                pos++;
                return text();
            }
            case '{' -> {
                pos++;
                return object(8, null);
            }
            case '[' -> {
                pos++;
                return array();
            }
            case 't' -> {
                return literal("true") ? Boolean.TRUE : null;
            }
            case 'f' -> {
                return literal("false") ? Boolean.FALSE : null;
            }
            case 'n' -> {
                wasNull = literal("null");
                return null;
            }
            default -> {
                return b == '-' || (b >= '0' && b <= '9') ? number() : null;
            }
        }
    }

    private List<Object> array() {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        List<Object> list = new ArrayList<>();
        int c = skipSpace();
        if (c == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            Object value = value();
            if (value == null && !wasNull) {
                return null;
            }
            list.add(value);
            c = skipSpace();
            pos++;
            if (c == ']') {
                depth--;
                return list;
            }
            if (c != ',') {
                return null;
            }
            skipSpace();
        }
    }

    /** A literal word, which must end where a value may end (Jackson rejects {@code truex}). */
    private boolean literal(String word) {
        int n = word.length();
        if (end - pos < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (in[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        pos += n;
        return pos == end || JsonBytes.delimiter(in[pos]);
    }

    /** A number, read as {@link JsonBytes#number} says. */
    private Object number() {
        int from = pos;
        int to = JsonBytes.numberEnd(in, pos, end);
        if (to < 0) {
            return null;
        }
        pos = to;
        return JsonBytes.number(in, from, to);
    }

    /**
     * A field name whose opening quote has been read, remembered by its bytes. Lines of one log repeat their names
     * in the same order, so the name that followed this one's predecessor last time is tried first, by its bytes
     * alone; otherwise the name is looked up by the hash of its bytes, and read and interned when new.
     */
    private String name() {
        int predicted = following[previous] - 1;
        if (predicted >= 0) {
            byte[] known = nameBytes[predicted];
            int close = pos + known.length;
            if (close < end && in[close] == '"' && JsonBytes.same(known, in, pos)) {
                pos = close + 1;
                previous = predicted;
                return names[predicted];
            }
        }
        int from = pos;
        int hash = 0;
        int i = pos;
        while (i < end) {
            byte b = in[i];
            if (b == '"') {
                break;
            }
            if (b == '\\') {
                i += 2;
                continue;
            }
            hash = 31 * hash + b;
            i++;
        }
        if (i >= end) {
            return null;
        }
        int length = i - from;
        int slot = (hash ^ (hash >>> 16)) & (NAMES - 1);
        byte[] known = nameBytes[slot];
        if (known != null && known.length == length && JsonBytes.same(known, in, from)) {
            pos = i + 1;
            following[previous] = slot + 1;
            previous = slot;
            return names[slot];
        }
        String name = text();
        if (name == null || length > 256) {
            return name;
        }
        name = name.intern();
        nameBytes[slot] = Arrays.copyOfRange(in, from, from + length);
        names[slot] = name;
        following[previous] = slot + 1;
        previous = slot;
        return name;
    }

    /** A text whose opening quote has been read, up to and with its closing quote; null when it is not sure. */
    private String text() {
        if (!scanText()) {
            return null;
        }
        return textEscaped ? JsonBytes.decode(in, textFrom, textTo)
                : new String(in, textFrom, textTo - textFrom, StandardCharsets.ISO_8859_1);
    }

    /**
     * Passes over a text whose opening quote has been read, up to and with its closing quote, checking its escapes
     * and its UTF-8; keeps its bounds in {@link #textFrom} and {@link #textTo}, and in {@link #textEscaped} whether
     * it holds an escape or a non-ASCII letter. False for a control character, a bad escape or bad UTF-8 (Jackson
     * also rejects overlong forms and encoded surrogates, or reads them its own way: left to it).
     */
    private boolean scanText() {
        int from = pos;
        int i = pos;
        boolean escaped = false;
        while (i < end) {
            i = JsonBytes.special(in, i, end);
            if (i >= end) {
                return false;
            }
            int b = in[i];
            if (b == '"') {
                if (i - from > MAX_TEXT) {
                    return false;
                }
                textFrom = from;
                textTo = i;
                textEscaped = escaped;
                pos = i + 1;
                return true;
            }
            escaped = true;
            if (b == '\\') {
                if (i + 1 >= end) {
                    return false;
                }
                byte e = in[i + 1];
                if (e == 'u') {
                    if (i + 6 > end) {
                        return false;
                    }
                    for (int k = i + 2; k < i + 6; k++) {
                        if (Character.digit(in[k], 16) < 0) {
                            return false;
                        }
                    }
                    i += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                        || e == 't') {
                    i += 2;
                } else {
                    return false;
                }
            } else if (b >= 0) {
                return false;
            } else {
                int length = JsonBytes.utf8(in, i, end);
                if (length < 0) {
                    return false;
                }
                i += length;
            }
        }
        return false;
    }
}
