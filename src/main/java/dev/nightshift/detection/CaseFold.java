package dev.nightshift.detection;

/**
 * The case folding the literal index uses: each character as {@code toLowerCase(toUpperCase(c))}, the same
 * equivalence as {@link String#regionMatches(boolean, int, String, int, int)} and case-insensitive patterns, kept only
 * when it lands in ASCII; any other character folds to {@link #OTHER}, which no indexed literal contains.
 */
final class CaseFold {

    static final int OTHER = 128;
    private static final byte[] FOLD = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int folded = Character.toLowerCase(Character.toUpperCase((char) c));
            FOLD[c] = (byte) (folded < 128 ? folded : OTHER);
        }
    }

    private CaseFold() {
    }

    /** The folded character, 0 to 127, or {@link #OTHER}. */
    static int of(char c) {
        return FOLD[c] & 0xff;
    }
}
