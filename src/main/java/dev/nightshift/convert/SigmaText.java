package dev.nightshift.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Sigma string value as runs of plain text and wildcards ({@code *} any run, {@code ?} any one character), as
 * pySigma's {@code SigmaString} holds it: a backslash escapes {@code *}, {@code ?} and itself, and before any other
 * character it is a plain backslash. Immutable; plain runs are never empty and never adjacent.
 */
final class SigmaText {

    /** A wildcard part. */
    enum Wildcard { MULTI, SINGLE }

    private static final Pattern WINDASH = Pattern.compile("\\B[-/]\\b");
    private static final String[] DASHES = {"-", "/", "\u2013", "\u2014", "\u2015"};

    /** Each part is a String (plain text) or a {@link Wildcard}. */
    private final List<Object> parts;

    private SigmaText(List<Object> parts) {
        List<Object> merged = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String text) {
                if (text.isEmpty()) {
                    continue;
                }
                if (!merged.isEmpty() && merged.get(merged.size() - 1) instanceof String before) {
                    merged.set(merged.size() - 1, before + text);
                    continue;
                }
            }
            merged.add(Objects.requireNonNull(part));
        }
        this.parts = List.copyOf(merged);
    }

    static SigmaText parse(String text) {
        List<Object> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "*?\\".indexOf(text.charAt(i + 1)) >= 0) {
                plain.append(text.charAt(++i));
            } else if (c == '*' || c == '?') {
                parts.add(plain.toString());
                plain.setLength(0);
                parts.add(c == '*' ? Wildcard.MULTI : Wildcard.SINGLE);
            } else {
                plain.append(c);
            }
        }
        parts.add(plain.toString());
        return new SigmaText(parts);
    }

    /** A text with no wildcards. */
    static SigmaText literal(String text) {
        return new SigmaText(List.of(text));
    }

    List<Object> parts() {
        return parts;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    boolean containsWildcard() {
        return parts.stream().anyMatch(p -> p instanceof Wildcard);
    }

    boolean startsWithMulti() {
        return !parts.isEmpty() && parts.get(0) == Wildcard.MULTI;
    }

    boolean endsWithMulti() {
        return !parts.isEmpty() && parts.get(parts.size() - 1) == Wildcard.MULTI;
    }

    /** Whether a wildcard stands anywhere but as the first or last character (pySigma's {@code s[1:-1]}). */
    boolean wildcardInside() {
        int units = 0;
        for (Object part : parts) {
            units += part instanceof String text ? text.length() : 1;
        }
        int at = 0;
        for (Object part : parts) {
            if (part instanceof Wildcard && at > 0 && at < units - 1) {
                return true;
            }
            at += part instanceof String text ? text.length() : 1;
        }
        return false;
    }

    /** This text with a run wildcard before and/or after it, unless one is there already. */
    SigmaText widen(boolean start, boolean end) {
        List<Object> widened = new ArrayList<>(parts);
        if (start && !startsWithMulti()) {
            widened.add(0, Wildcard.MULTI);
        }
        if (end && !endsWithMulti()) {
            widened.add(Wildcard.MULTI);
        }
        return new SigmaText(widened);
    }

    /** This text without its first and/or last part (a wildcard the caller has checked is there). */
    SigmaText trim(boolean first, boolean last) {
        return new SigmaText(parts.subList(first ? 1 : 0, parts.size() - (last ? 1 : 0)));
    }

    /**
     * pySigma's {@code windash}: every dash or slash that starts a word after a non-word character ({@code \B[-/]\b})
     * becomes each of {@code - / – — ―}, every combination once, in that order.
     */
    List<SigmaText> windash() {
        List<List<Object>> variants = new ArrayList<>();
        variants.add(new ArrayList<>());
        for (Object part : parts) {
            if (!(part instanceof String text)) {
                variants.forEach(v -> v.add(part));
                continue;
            }
            Matcher m = WINDASH.matcher(text);
            int from = 0;
            while (m.find()) {
                String before = text.substring(from, m.start());
                List<List<Object>> next = new ArrayList<>();
                for (List<Object> variant : variants) {
                    for (String dash : DASHES) {
                        List<Object> copy = new ArrayList<>(variant);
                        copy.add(before);
                        copy.add(dash);
                        next.add(copy);
                    }
                }
                variants = next;
                from = m.end();
            }
            String rest = text.substring(from);
            variants.forEach(v -> v.add(rest));
        }
        return variants.stream().map(SigmaText::new).toList();
    }

    /**
     * The text for a query, as pySigma's {@code SigmaString.convert}: a plain character of {@code escaped} is
     * preceded by {@code escape}; the wildcards become {@code multi} and {@code single}.
     */
    String convert(String escape, String multi, String single, String escaped) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String text) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (escaped.indexOf(c) >= 0) {
                        out.append(escape);
                    }
                    out.append(c);
                }
            } else {
                out.append(part == Wildcard.MULTI ? multi : single);
            }
        }
        return out.toString();
    }

    /** The text as a regular expression, as pySigma's {@code SigmaString.to_regex}. */
    String toRegex() {
        return convert("\\", ".*", ".", ".*+?^$[](){}\\|");
    }

    /** The text as pySigma's {@code str()} shows it: wildcards as {@code *} and {@code ?}, specials escaped. */
    @Override
    public String toString() {
        return convert("\\", "*", "?", "*?\\");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigmaText text && text.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }
}
