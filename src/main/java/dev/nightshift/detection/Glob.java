package dev.nightshift.detection;

import java.util.Arrays;

/**
 * A Sigma string value as a sequence of code points and wildcards: {@code *} (any run), {@code ?} (any one
 * character) and, after {@code windash}, a dash that stands for any of {@code - / – — ―}. A backslash escapes
 * {@code *}, {@code ?} and itself; before any other character it is a plain backslash.
 */
final class Glob {

    static final int ANY_RUN = -1;
    static final int ANY_ONE = -2;
    static final int DASH = -3;
    private static final String DASHES = "-/\u2013\u2014\u2015";

    private final int[] tokens;

    private Glob(int[] tokens) {
        this.tokens = tokens;
    }

    static Glob parse(String text) {
        int[] tokens = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "*?\\".indexOf(text.charAt(i + 1)) >= 0) {
                tokens[count++] = text.charAt(++i);
            } else if (c == '*') {
                tokens[count++] = ANY_RUN;
            } else if (c == '?') {
                tokens[count++] = ANY_ONE;
            } else {
                tokens[count++] = c;
            }
        }
        return new Glob(Arrays.copyOf(tokens, count));
    }

    /** A glob in which only {@code *} is a wildcard: {@code ?}, a backslash and every other character are literal. */
    static Glob runsOnly(String text) {
        return new Glob(text.chars().map(c -> c == '*' ? ANY_RUN : c).toArray());
    }

    /** A glob that matches exactly this text, with no wildcards. */
    static Glob literal(String text) {
        return new Glob(text.chars().toArray());
    }

    int[] tokens() {
        return tokens.clone();
    }

    /** This glob with a run wildcard added at the start and/or end (contains, endswith, startswith). */
    Glob widen(boolean start, boolean end) {
        int[] widened = new int[tokens.length + (start ? 1 : 0) + (end ? 1 : 0)];
        System.arraycopy(tokens, 0, widened, start ? 1 : 0, tokens.length);
        if (start) {
            widened[0] = ANY_RUN;
        }
        if (end) {
            widened[widened.length - 1] = ANY_RUN;
        }
        return new Glob(widened);
    }

    /** This glob with every dash or slash standing for any Windows flag dash. */
    Glob windash() {
        int[] dashed = tokens.clone();
        for (int i = 0; i < dashed.length; i++) {
            if (dashed[i] >= 0 && DASHES.indexOf(dashed[i]) >= 0) {
                dashed[i] = DASH;
            }
        }
        return new Glob(dashed);
    }

    /**
     * Whether the whole text matches, in one pass over it that resumes only from the latest run wildcard: at most
     * text length times glob length steps, whatever the glob, where a backtracking regular expression can take
     * exponential time. A run never splits a surrogate pair and {@code ?} takes a whole code point, as a regular
     * expression's {@code .} does; letters compare as {@link String#regionMatches(boolean, int, String, int, int)}
     * compares them when {@code ignoreCase}.
     */
    boolean matches(CharSequence text, boolean ignoreCase) {
        int length = text.length();
        int at = 0;
        int next = 0;
        int run = -1;
        int runEnd = 0;
        while (at < length) {
            if (next < tokens.length && tokens[next] == ANY_RUN) {
                run = next++;
                runEnd = at;
                continue;
            }
            int taken = next < tokens.length ? take(tokens[next], text, at, ignoreCase) : 0;
            if (taken > 0) {
                at += taken;
                next++;
            } else if (run < 0) {
                return false;
            } else {
                runEnd += codePointWidth(text, runEnd);
                at = runEnd;
                next = run + 1;
            }
        }
        while (next < tokens.length && tokens[next] == ANY_RUN) {
            next++;
        }
        return next == tokens.length;
    }

    /** How many chars of the text at {@code at} the token takes: 0 when it does not match there. */
    private static int take(int token, CharSequence text, int at, boolean ignoreCase) {
        char c = text.charAt(at);
        return switch (token) {
            case ANY_ONE -> codePointWidth(text, at);
            case DASH -> DASHES.indexOf(c) >= 0 ? 1 : 0;
            default -> c == token || (ignoreCase && sameIgnoringCase(c, (char) token)) ? 1 : 0;
        };
    }

    private static int codePointWidth(CharSequence text, int at) {
        return Character.isHighSurrogate(text.charAt(at)) && at + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(at + 1)) ? 2 : 1;
    }

    private static boolean sameIgnoringCase(char a, char b) {
        char upperA = Character.toUpperCase(a);
        char upperB = Character.toUpperCase(b);
        return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
    }
}
