package dev.nightshift.logs;

import java.math.BigInteger;
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
    private static final int MAX_NUMBER = 64;
    private static final int NAMES = 1024;
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

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
    /** Whether the number {@link #scanNumber()} passed over last has a fraction or an exponent. */
    private boolean floating;
    /** Whether the last {@link #value()} that returned null read a JSON {@code null} rather than failing. */
    private boolean wasNull;

    /** The object of one line, or null when the line is not plain JSON of one object this class is sure to read. */
    Map<String, Object> object(byte[] bytes, int start, int length) {
        return read(bytes, start, length, false);
    }

    /**
     * As {@link #object}, with the line's plain texts left unread until they are asked for ({@link LineFields});
     * every byte of the line is still checked as {@link #object} checks it.
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
     * The members of an object whose {@code {} has been read, up to and with its closing brace; into {@code lazy}
     * when given, its plain texts left in the line.
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
                int from = pos;
                if (!scanNumber()) {
                    return null;
                }
                lazy.addUnread(name, from - base, pos - base, floating ? LineFields.FLOAT : LineFields.INTEGER);
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
        return pos == end || delimiter(in[pos]);
    }

    private static boolean delimiter(byte b) {
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** A number, read as {@link #number(byte[], int, int, boolean)} says. */
    private Object number() {
        int from = pos;
        return scanNumber() ? number(in, from, pos, floating) : null;
    }

    /**
     * Passes over a number of the strict grammar (no leading zero, no plus sign, a digit after the point and the
     * exponent) that ends where a value may end; {@link #floating} tells whether it has a fraction or exponent.
     */
    private boolean scanNumber() {
        int from = pos;
        int i = pos;
        if (in[i] == '-') {
            i++;
        }
        if (i >= end) {
            return false;
        }
        if (in[i] == '0') {
            i++;
        } else if (in[i] >= '1' && in[i] <= '9') {
            while (i < end && in[i] >= '0' && in[i] <= '9') {
                i++;
            }
        } else {
            return false;
        }
        floating = false;
        if (i < end && in[i] == '.') {
            floating = true;
            i++;
            int digits = i;
            while (i < end && in[i] >= '0' && in[i] <= '9') {
                i++;
            }
            if (i == digits) {
                return false;
            }
        }
        if (i < end && (in[i] == 'e' || in[i] == 'E')) {
            floating = true;
            i++;
            if (i < end && (in[i] == '+' || in[i] == '-')) {
                i++;
            }
            int digits = i;
            while (i < end && in[i] >= '0' && in[i] <= '9') {
                i++;
            }
            if (i == digits) {
                return false;
            }
        }
        if (i - from > MAX_NUMBER || (i < end && !delimiter(in[i]))) {
            return false;
        }
        pos = i;
        return true;
    }

    /**
     * A number {@link #scanNumber()} passed over, as Jackson's untyped reading gives it: an integer as the smallest
     * of Integer, Long and BigInteger, anything with a fraction or exponent as a Double.
     */
    static Object number(byte[] in, int from, int to, boolean floating) {
        if (floating) {
            return Double.parseDouble(new String(in, from, to - from, StandardCharsets.ISO_8859_1));
        }
        boolean negative = in[from] == '-';
        int first = negative ? from + 1 : from;
        if (to - first <= 18) {
            long value = 0;
            for (int k = first; k < to; k++) {
                value = value * 10 + (in[k] - '0');
            }
            value = negative ? -value : value;
            if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                return (int) value;
            }
            return value;
        }
        BigInteger big = new BigInteger(new String(in, from, to - from, StandardCharsets.ISO_8859_1));
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
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
            if (close < end && in[close] == '"' && same(known, pos)) {
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
        if (known != null && known.length == length && same(known, from)) {
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

    /** Whether the line holds {@code known}'s bytes at {@code at} (it has room for them); short names, so by hand. */
    private boolean same(byte[] known, int at) {
        int n = known.length;
        int k = 0;
        for (; k + 8 <= n; k += 8) {
            if ((long) LONGS.get(known, k) != (long) LONGS.get(in, at + k)) {
                return false;
            }
        }
        for (; k < n; k++) {
            if (known[k] != in[at + k]) {
                return false;
            }
        }
        return true;
    }

    /** A text whose opening quote has been read, up to and with its closing quote; null when it is not sure. */
    private String text() {
        if (!scanText()) {
            return null;
        }
        return textEscaped ? decode(in, textFrom, textTo)
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
            i = special(i);
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
                int length = utf8(in, i, end);
                if (length < 0) {
                    return false;
                }
                i += length;
            }
        }
        return false;
    }

    /**
     * The first byte from {@code i} on that a text cannot simply pass over: a quote, a backslash, a control character
     * or a non-ASCII byte; {@link #end} when there is none. Eight bytes at a time: each test marks the high bit of
     * every byte it holds for, and the lowest mark of each is exact (a borrow can only mark bytes above a true one).
     */
    private int special(int from) {
        int i = from;
        while (i + 8 <= end) {
            long x = (long) LONGS.get(in, i);
            long quote = x ^ (ONES * '"');
            long backslash = x ^ (ONES * '\\');
            long marks = ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) | ((x - ONES * 0x20) & ~x) | x;
            marks &= HIGHS;
            if (marks != 0) {
                return i + (Long.numberOfTrailingZeros(marks) >>> 3);
            }
            i += 8;
        }
        while (i < end) {
            int b = in[i];
            if (b == '"' || b == '\\' || b < 0x20) {
                return i;
            }
            i++;
        }
        return end;
    }

    /**
     * The length of the well-formed UTF-8 sequence of two to four bytes at {@code i}, or -1 (a stray continuation
     * byte, an overlong form, an encoded surrogate, beyond U+10FFFF, cut short).
     */
    private static int utf8(byte[] in, int i, int end) {
        int lead = in[i] & 0xFF;
        int count = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
        if (count < 0 || i + count >= end) {
            return -1;
        }
        int code = lead & (0x3F >> count);
        for (int k = 1; k <= count; k++) {
            int next = in[i + k] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                return -1;
            }
            code = (code << 6) | (next & 0x3F);
        }
        if (count == 2 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))
                || count == 3 && (code < 0x10000 || code > 0x10FFFF)) {
            return -1;
        }
        return count + 1;
    }

    /** The text between {@code from} and {@code to} that {@link #scanText()} passed over, its escapes decoded. */
    static String decode(byte[] in, int from, int to) {
        char[] chars = new char[to - from];
        int n = 0;
        int i = from;
        while (i < to) {
            int b = in[i];
            if (b == '\\') {
                byte e = in[i + 1];
                i += 2;
                chars[n++] = switch (e) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'u' -> {
                        int code = 0;
                        for (int k = i; k < i + 4; k++) {
                            code = code * 16 + Character.digit(in[k], 16);
                        }
                        i += 4;
                        yield (char) code;
                    }
                    default -> (char) e;
                };
            } else if (b >= 0) {
                chars[n++] = (char) b;
                i++;
            } else {
                int lead = b & 0xFF;
                int count = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
                int code = lead & (0x3F >> count);
                for (int k = 1; k <= count; k++) {
                    code = (code << 6) | (in[i + k] & 0x3F);
                }
                if (count == 3) {
                    chars[n++] = Character.highSurrogate(code);
                    chars[n++] = Character.lowSurrogate(code);
                } else {
                    chars[n++] = (char) code;
                }
                i += count + 1;
            }
        }
        return new String(chars, 0, n);
    }
}
