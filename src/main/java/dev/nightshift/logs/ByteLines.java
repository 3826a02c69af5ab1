package dev.nightshift.logs;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream, without decoding them: each {@link #next()} leaves one line (without its {@code \n}
 * or {@code \r\n}) in {@link #bytes()} from {@link #start()} for {@link #length()} bytes, valid until the next call.
 */
final class ByteLines implements AutoCloseable {

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
            int i = JsonBytes.newline(buffer, scan, end);
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
