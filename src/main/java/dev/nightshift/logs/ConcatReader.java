package dev.nightshift.logs;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/** Several readers read one after the other, as one text. */
final class ConcatReader extends Reader {

    private final List<Reader> parts;
    private int current;

    ConcatReader(List<Reader> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (current < parts.size()) {
            int n = parts.get(current).read(buffer, offset, length);
            if (n > 0 || length == 0) {
                return n;
            }
            current++;
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        for (Reader part : parts) {
            part.close();
        }
    }
}
