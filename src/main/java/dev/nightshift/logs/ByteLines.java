package dev.nightshift.logs;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream, without decoding them: each {@link #next()} leaves one line (without its {@code \n}
 * or {@code \r\n}) in {@link #bytes()} from {@link #start()} for {@link #length()} bytes, valid until the next call.
 */
final class ByteLines implements AutoCloseable {

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private int lineStart;
    private int lineLength;
    private boolean eof;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** Reads the next line; false at the end of the stream. */
    boolean next() throws IOException {
        int scan = start;
        while (true) {
            int i = newline(scan);
            if (i < end) {
                lineStart = start;
                lineLength = (i > start && buffer[i - 1] == '\r' ? i - 1 : i) - start;
                start = i + 1;
                return true;
            }
            scan = end;
            if (eof) {
                if (start == end) {
                    return false;
                }
                lineStart = start;
                lineLength = end - start;
                start = end;
                return true;
            }
            int kept = end - start;
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, kept);
                scan -= start;
                start = 0;
                end = kept;
            }
            if (end == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
    }

    /**
     * The first {@code \n} from {@code from} on in the buffer, or {@link #end}; eight bytes at a time, the lowest byte
     * marked being the first newline (a borrow can only mark bytes above a true one).
     */
    private int newline(int from) {
        int i = from;
        for (; i + 8 <= end; i += 8) {
            long x = (long) LONGS.get(buffer, i) ^ (ONES * '\n');
            long marks = (x - ONES) & ~x & HIGHS;
            if (marks != 0) {
                return i + (Long.numberOfTrailingZeros(marks) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return end;
    }

    byte[] bytes() {
        return buffer;
    }

    int start() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
