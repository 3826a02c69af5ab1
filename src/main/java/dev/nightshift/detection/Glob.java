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

    /** The regular expression equal to this glob, matched against a whole value. */
    String toRegex() {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int token : tokens) {
            if (token >= 0) {
                literal.append((char) token);
                continue;
            }
            if (!literal.isEmpty()) {
                regex.append(java.util.regex.Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
            regex.append(switch (token) {
                case ANY_RUN -> ".*";
                case ANY_ONE -> ".";
                default -> "[-/\u2013\u2014\u2015]";
            });
        }
        if (!literal.isEmpty()) {
            regex.append(java.util.regex.Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }
}
