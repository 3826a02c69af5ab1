package dev.nightshift.detection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The value encodings of Sigma modifiers, applied in the order written: utf16le, utf16be and utf16 (with a byte
 * order mark) turn text into bytes; base64 and base64offset turn bytes into the text to look for.
 */
public final class Encodings {

    private static final int[] OFFSET_START = {0, 2, 3};
    private static final int[] OFFSET_END_TRIM = {0, 3, 2};

    private Encodings() {
    }

    /** Every text to look for in place of {@code value}: one, or three for base64offset. */
    public static List<String> apply(String value, List<String> encodings) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        boolean raw = false;
        List<String> results = new ArrayList<>();
        for (String encoding : encodings) {
            switch (encoding) {
                case "utf16le" -> bytes = value.getBytes(StandardCharsets.UTF_16LE);
                case "utf16be" -> bytes = value.getBytes(StandardCharsets.UTF_16BE);
                case "utf16" -> bytes = withMark(value.getBytes(StandardCharsets.UTF_16LE));
                case "base64" -> results.add(Base64.getEncoder().encodeToString(bytes));
                default -> results.addAll(offsets(bytes));
            }
            raw = !encoding.startsWith("base64");
        }
        if (raw) {
            results.add(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        return results;
    }

    private static byte[] withMark(byte[] utf16le) {
        byte[] marked = new byte[utf16le.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(utf16le, 0, marked, 2, utf16le.length);
        return marked;
    }

    /** The stable middle of the base64 text of the value shifted by 0, 1 and 2 bytes. */
    private static List<String> offsets(byte[] bytes) {
        List<String> variants = new ArrayList<>();
        for (int shift = 0; shift < 3; shift++) {
            byte[] shifted = new byte[bytes.length + shift];
            System.arraycopy(bytes, 0, shifted, shift, bytes.length);
            String encoded = Base64.getEncoder().encodeToString(shifted);
            int end = encoded.length() - OFFSET_END_TRIM[(bytes.length + shift) % 3];
            if (end > OFFSET_START[shift]) {
                variants.add(encoded.substring(OFFSET_START[shift], end));
            }
        }
        return variants;
    }
}
