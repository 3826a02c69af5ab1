package dev.nightshift.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Lines split from any bytes, delivered in any chunks, are the bytes between newlines, without a closing CR. */
class ByteLinesPropertyTest {

    @Provide
    Arbitrary<byte[]> text() {
        Arbitrary<Byte> bytes = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.bytes()),
                net.jqwik.api.Tuple.of(2, Arbitraries.just((byte) '\n')),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((byte) '\r')),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((byte) 0x8A)));
        return Arbitraries.oneOf(bytes.array(byte[].class).ofMaxSize(300),
                bytes.array(byte[].class).ofMinSize(65_000).ofMaxSize(140_000));
    }

    @Property(tries = 120)
    void linesAreTheBytesBetweenNewlines(@ForAll("text") byte[] text, @ForAll @IntRange(min = 1, max = 70_000) int chunk)
            throws IOException {
        InputStream chunked = new ByteArrayInputStream(text) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        List<String> read = new ArrayList<>();
        try (ByteLines lines = new ByteLines(chunked)) {
            while (lines.next()) {
                read.add(Arrays.toString(Arrays.copyOfRange(lines.bytes(), lines.start(),
                        lines.start() + lines.length())));
            }
        }
        assertThat(read).isEqualTo(expected(text));
    }

    private static List<String> expected(byte[] text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length; i++) {
            if (i == text.length && start == text.length) {
                break;
            }
            if (i == text.length || text[i] == '\n') {
                int end = i < text.length && i > start && text[i - 1] == '\r' ? i - 1 : i;
                lines.add(Arrays.toString(Arrays.copyOfRange(text, start, end)));
                start = i + 1;
            }
        }
        return lines;
    }
}
