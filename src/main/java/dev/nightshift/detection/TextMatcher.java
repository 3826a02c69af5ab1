package dev.nightshift.detection;

import java.util.Locale;

/** A compiled test of a text against one Sigma string value; case-insensitive unless compiled as cased. */
interface TextMatcher {

    boolean matches(String text);

    /**
     * The cheapest matcher for a glob: plain equality, prefix, suffix or substring tests on a literal lower-cased
     * once, or the glob's own one-pass match when wildcards sit inside the value.
     */
    static TextMatcher of(Glob glob, boolean cased) {
        int[] tokens = glob.tokens();
        int from = 0;
        int to = tokens.length;
        while (from < to && tokens[from] == Glob.ANY_RUN) {
            from++;
        }
        while (to > from && tokens[to - 1] == Glob.ANY_RUN) {
            to--;
        }
        boolean openStart = from > 0;
        boolean openEnd = to < tokens.length;
        StringBuilder literal = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (tokens[i] < 0) {
                return text -> glob.matches(text, !cased);
            }
            literal.append((char) tokens[i]);
        }
        String value = cased ? literal.toString() : literal.toString().toLowerCase(Locale.ROOT);
        if (openStart && openEnd) {
            return value.isEmpty() ? text -> true : new Contains(value, !cased);
        }
        int length = value.length();
        if (openStart) {
            return text -> text.length() >= length && text.regionMatches(!cased, text.length() - length, value, 0, length);
        }
        if (openEnd) {
            return text -> text.regionMatches(!cased, 0, value, 0, length);
        }
        return cased ? value::equals : value::equalsIgnoreCase;
    }

    /** A substring test that allocates nothing: only where the first character matches is the whole region compared. */
    record Contains(String value, boolean ignoreCase) implements TextMatcher {

        @Override
        public boolean matches(String text) {
            int last = text.length() - value.length();
            char first = value.charAt(0);
            char firstUpper = ignoreCase ? Character.toUpperCase(first) : first;
            for (int i = 0; i <= last; i++) {
                char c = text.charAt(i);
                if ((c == first || c == firstUpper) && text.regionMatches(ignoreCase, i, value, 0, value.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}
