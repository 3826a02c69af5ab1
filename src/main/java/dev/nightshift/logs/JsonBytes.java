package dev.nightshift.logs;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The byte-level steps of {@link JsonLine} that need no reader state: finding the next byte a text cannot pass over,
 * eight bytes at a time; checking UTF-8 and the number grammar; decoding a checked text or number; comparing a
 * remembered name. {@link #decode} and {@link #number} take bytes the others have checked.
 */
final class JsonBytes {

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private JsonBytes() {
    }

    /**
     * A number the reader passed over, as Jackson's untyped reading gives it: an integer as the smallest
     * of Integer, Long and BigInteger, anything with a fraction or exponent as a Double.
     */
    static Object number(byte[] in, int from, int to) {
        boolean floating = false;
        for (int k = from; k < to; k++) {
            floating |= in[k] == '.' || in[k] == 'e' || in[k] == 'E';
        }
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

    /** Whether the line holds {@code known}'s bytes at {@code at} (it has room for them); short names, so by hand. */
    static boolean same(byte[] known, byte[] in, int at) {
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

    /**
     * The first byte from {@code i} on that a text cannot simply pass over: a quote, a backslash, a control character
     * or a non-ASCII byte; {@code end} when there is none. Eight bytes at a time: each test marks the high bit of
     * every byte it holds for, and the lowest mark of each is exact (a borrow can only mark bytes above a true one).
     */
    static int special(byte[] in, int from, int end) {
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
    static int utf8(byte[] in, int i, int end) {
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

    /** The text between {@code from} and {@code to} that the reader passed over, its escapes decoded. */
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

    /**
     * Passes over a number of the strict grammar (no leading zero, no plus sign, a digit after the point and the
     * exponent) that ends where a value may end: the index after it, or -1.
     */
    static int numberEnd(byte[] in, int from, int end) {
        int i = from;
        if (in[i] == '-') {
            i++;
        }
        if (i >= end) {
            return -1;
        }
        if (in[i] == '0') {
            i++;
        } else if (in[i] >= '1' && in[i] <= '9') {
            i = digits(in, i, end);
        } else {
            return -1;
        }
        if (i < end && in[i] == '.') {
            int first = i + 1;
            i = digits(in, first, end);
            if (i == first) {
                return -1;
            }
        }
        if (i < end && (in[i] == 'e' || in[i] == 'E')) {
            int first = i + 1 < end && (in[i + 1] == '+' || in[i + 1] == '-') ? i + 2 : i + 1;
            i = digits(in, first, end);
            if (i == first) {
                return -1;
            }
        }
        if (i - from > JsonLine.MAX_NUMBER || (i < end && !delimiter(in[i]))) {
            return -1;
        }
        return i;
    }

    /** The index after the run of ASCII digits from {@code from} (itself when there is none). */
    private static int digits(byte[] in, int from, int end) {
        int i = from;
        while (i < end && in[i] >= '0' && in[i] <= '9') {
            i++;
        }
        return i;
    }

    /**
     * The first {@code \n} from {@code from} on, or {@code end}; eight bytes at a time, as {@link #special} finds its
     * bytes.
     */
    static int newline(byte[] in, int from, int end) {
        int i = from;
        for (; i + 8 <= end; i += 8) {
            long x = (long) LONGS.get(in, i) ^ (ONES * '\n');
            long marks = (x - ONES) & ~x & HIGHS;
            if (marks != 0) {
                return i + (Long.numberOfTrailingZeros(marks) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (in[i] == '\n') {
                return i;
            }
        }
        return end;
    }

    /** Whether a value may end before this byte. */
    static boolean delimiter(byte b) {
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
