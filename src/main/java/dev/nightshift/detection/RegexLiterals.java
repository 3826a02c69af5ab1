package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literals a regular expression needs: a set of folded texts (see {@link CaseFold}) at least one of which every
 * text it finds contains, so that a rule of {@code re} values can be indexed by {@link Needles} like any other. Read
 * conservatively from the expression as RE2 parses it: a run of literal characters in a sequence, the best of the
 * sequence's runs and required groups, and every branch of an alternation; an optional part (a {@code ?}, {@code *}
 * or {@code {0,n}}) and anything that is not a literal character (a class, {@code .}, an anchor, {@code \d}, a flag
 * group) ends a run. Case never matters: a folded literal is found however the text is cased, which is all an index
 * needs. An expression it cannot read gives none.
 */
final class RegexLiterals {

    private final String text;
    private int at;
    /** Whether the last quantifier read repeats its atom (anything but none): the run must end after the atom. */
    private boolean quantified;

    private RegexLiterals(String text) {
        this.text = text;
    }

    /** The folded literals one of which any match of the expression contains, or null when nothing is certain. */
    static Set<String> of(String expression) {
        try {
            RegexLiterals reader = new RegexLiterals(expression);
            Set<String> literals = reader.alternation();
            return reader.at == expression.length() ? literals : null;
        } catch (Unreadable e) {
            return null;
        }
    }

    /** Thrown for a construct this reader does not follow; the expression then yields no literals. */
    private static final class Unreadable extends RuntimeException {

        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** Branches up to the end or the closing parenthesis of the group: every branch must yield literals. */
    private Set<String> alternation() {
        Set<String> all = new LinkedHashSet<>();
        boolean certain = true;
        while (true) {
            Set<String> branch = sequence();
            if (branch == null) {
                certain = false;
            } else {
                all.addAll(branch);
            }
            if (at < text.length() && text.charAt(at) == '|') {
                at++;
                continue;
            }
            return certain ? all : null;
        }
    }

    /** One branch: the strongest of its runs of literal characters and of its required groups, or null. */
    private Set<String> sequence() {
        List<Set<String>> found = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (at < text.length() && text.charAt(at) != '|' && text.charAt(at) != ')') {
            String literal = null;
            Set<String> group = null;
            char c = text.charAt(at);
            switch (c) {
                case '\\' -> literal = escape();
                case '[' -> skipClass();
                case '(' -> group = group();
                case '.', '^', '$' -> at++;
                case '*', '+', '?' -> throw new Unreadable();
                default -> {
                    int length = Character.isHighSurrogate(c) && at + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(at + 1)) ? 2 : 1;
                    literal = text.substring(at, at + length);
                    at += length;
                }
            }
            int least = quantifier();
            if (literal != null && least > 0) {
                run.append(literal);
            }
            if (literal == null || least != 1 || quantified) {
                end(run, found);
            }
            if (group != null && least > 0) {
                found.add(group);
            }
        }
        end(run, found);
        Set<String> best = null;
        int strength = -1;
        for (Set<String> literals : found) {
            int weakest = Integer.MAX_VALUE;
            for (String literal : literals) {
                weakest = Math.min(weakest, Needles.indexable(literal) ? Needles.weight(literal) : 0);
            }
            if (weakest > strength) {
                strength = weakest;
                best = literals;
            }
        }
        return strength > 0 ? best : null;
    }

    private static void end(StringBuilder run, List<Set<String>> found) {
        if (!run.isEmpty()) {
            StringBuilder folded = new StringBuilder(run.length());
            for (int i = 0; i < run.length(); i++) {
                folded.append((char) CaseFold.of(run.charAt(i)));
            }
            found.add(Set.of(folded.toString()));
            run.setLength(0);
        }
    }

    /** Reads the quantifier after an atom, if any; the fewest times the atom occurs (1 without a quantifier). */
    private int quantifier() {
        quantified = false;
        if (at >= text.length()) {
            return 1;
        }
        char c = text.charAt(at);
        int least;
        if (c == '*' || c == '?') {
            least = 0;
            at++;
        } else if (c == '+') {
            least = 1;
            at++;
        } else if (c == '{' && repeatEnd() > 0) {
            int end = repeatEnd();
            String bounds = text.substring(at + 1, end);
            int comma = bounds.indexOf(',');
            String lower = comma < 0 ? bounds : bounds.substring(0, comma);
            least = lower.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(lower);
            at = end + 1;
        } else {
            return 1;
        }
        quantified = true;
        if (at < text.length() && (text.charAt(at) == '?' || text.charAt(at) == '+')) {
            if (text.charAt(at) == '+') {
                throw new Unreadable();
            }
            at++;
        }
        return least;
    }

    /** The index of the closing brace of a repeat {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code at}, or -1. */
    private int repeatEnd() {
        int i = at + 1;
        if (i >= text.length() || text.charAt(i) < '0' || text.charAt(i) > '9') {
            return -1;
        }
        int commas = 0;
        while (i < text.length() && (text.charAt(i) >= '0' && text.charAt(i) <= '9' || text.charAt(i) == ',')) {
            commas += text.charAt(i) == ',' ? 1 : 0;
            i++;
        }
        return i < text.length() && text.charAt(i) == '}' && commas <= 1 ? i : -1;
    }

    /** An escape: the literal character it stands for, or null for a class, an anchor or the like. */
    private String escape() {
        if (at + 1 >= text.length()) {
            throw new Unreadable();
        }
        char c = text.charAt(at + 1);
        at += 2;
        if (c < 0x80 && !Character.isLetterOrDigit(c)) {
            return String.valueOf(c);
        }
        switch (c) {
            case 'n' -> {
                return "\n";
            }
            case 't' -> {
                return "\t";
            }
            case 'r' -> {
                return "\r";
            }
            case 'f' -> {
                return "\f";
            }
            case 'v' -> {
                return "\u000B";
            }
            case 'a' -> {
                return "\u0007";
            }
            case 'd', 'D', 's', 'S', 'w', 'W', 'b', 'B', 'A', 'z' -> {
                return null;
            }
            case 'p', 'P' -> {
                if (at < text.length() && text.charAt(at) == '{') {
                    int end = text.indexOf('}', at);
                    if (end < 0) {
                        throw new Unreadable();
                    }
                    at = end + 1;
                } else {
                    at++;
                }
                return null;
            }
            default -> throw new Unreadable();
        }
    }

    /** Skips a character class; RE2 classes do not nest, and {@code [:alpha:]} sits inside one. */
    private void skipClass() {
        int i = at + 1;
        if (i < text.length() && text.charAt(i) == '^') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == ']') {
            i++;
        }
        while (i < text.length() && text.charAt(i) != ']') {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith("[:", i)) {
                int end = text.indexOf(":]", i + 2);
                i = end < 0 ? i : end + 1;
            }
            i++;
        }
        if (i >= text.length()) {
            throw new Unreadable();
        }
        at = i + 1;
    }

    /** A group: the literals of its alternation (null when uncertain); a flag group such as {@code (?i)} has none. */
    private Set<String> group() {
        at++;
        if (text.startsWith("?", at)) {
            int i = at + 1;
            if (text.startsWith("P<", i) || text.startsWith("<", i)) {
                int close = text.indexOf('>', i);
                if (close < 0) {
                    throw new Unreadable();
                }
                at = close + 1;
            } else {
                while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                    i++;
                }
                if (i >= text.length()) {
                    throw new Unreadable();
                }
                if (text.charAt(i) == ')') {
                    at = i + 1;
                    boolean quantifier = at < text.length() && ("*+?".indexOf(text.charAt(at)) >= 0
                            || text.charAt(at) == '{' && repeatEnd() > 0);
                    if (quantifier) {
                        throw new Unreadable(); // RE2 applies it to the atom before the flags
                    }
                    return null;
                }
                if (text.charAt(i) != ':') {
                    throw new Unreadable();
                }
                at = i + 1;
            }
        }
        Set<String> inner = alternation();
        if (at >= text.length() || text.charAt(at) != ')') {
            throw new Unreadable();
        }
        at++;
        return inner;
    }
}
