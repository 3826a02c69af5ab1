package dev.nightshift.detection;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Compiles a Sigma {@code re} value for RE2/J, whose matching time grows linearly with the text, so no rule can hang
 * the engine the way a nested quantifier ({@code (a+)+$}) hangs a backtracking engine. What RE2 cannot run
 * (lookaround, back-references, atomic groups, possessive quantifiers, conditionals) is refused with its name and
 * place; so is an expression that nests groups too deeply or, once its repetitions are spelled out, would take more
 * than {@link #MAX_STEPS} steps per character of a field.
 */
final class LinearRegex {

    /** RE2/J's program size bound: twice the largest SigmaHQ expression ({@code .{1000,}}). */
    static final int MAX_STEPS = 2_000;
    static final int MAX_DEPTH = 100;
    private static final long CAP = 1L << 40;

    private final String text;
    private final Value value;

    private LinearRegex(Value value) {
        this.value = value;
        this.text = value.text();
    }

    /** The value as a pattern with the RE2/J flags of its {@code i}, {@code m} and {@code s} modifiers. */
    static Pattern compile(Value value, int flags) {
        new LinearRegex(value).check();
        Pattern pattern;
        try {
            pattern = Pattern.compile(value.text(), flags);
        } catch (PatternSyntaxException e) {
            String fragment = fragment(e.getMessage());
            int at = fragment.isEmpty() ? -1 : value.text().indexOf(fragment);
            throw new RuleException(at < 0 ? value.pos() : position(value, at), "invalid regular expression: "
                    + e.getDescription() + (fragment.isEmpty() ? "" : " at '" + fragment + "'"));
        }
        if (pattern.programSize() > MAX_STEPS) {
            throw tooLarge(value, pattern.programSize());
        }
        return pattern;
    }

    /** Walks the expression once: refuses what RE2 cannot run, and bounds nesting and what repetitions spell out. */
    private void check() {
        long[] totals = new long[MAX_DEPTH + 1];
        int depth = 0;
        long last = 0;
        boolean quantified = false;
        int previous = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int from = i;
            boolean quantifier = false;
            long atom = -1;
            switch (c) {
                case '\\' -> {
                    i = escape(i);
                    atom = i - from > 2 && text.charAt(from + 1) == 'Q' ? i - from : 1;
                }
                case '[' -> {
                    i = classEnd(i);
                    atom = 1;
                }
                case '(' -> {
                    i = groupStart(i);
                    if (text.charAt(i - 1) != ')') {
                        if (depth == MAX_DEPTH) {
                            throw new RuleException(position(value, from), "the regular expression nests groups more "
                                    + "than " + MAX_DEPTH + " deep; flatten it");
                        }
                        totals[++depth] = 0;
                        last = 0;
                    }
                }
                case ')' -> {
                    i++;
                    if (depth > 0) {
                        atom = totals[depth--] + 2;
                    }
                }
                case '|' -> {
                    i++;
                    totals[depth] = Math.min(CAP, totals[depth] + 1);
                    last = 0;
                }
                case '*', '+', '?' -> {
                    if (quantified && c == '+') {
                        throw unsupported(previous, "a possessive quantifier '" + text.substring(previous, from + 1)
                                + "'");
                    }
                    i++;
                    quantifier = !(quantified && c == '?');
                    totals[depth] = Math.min(CAP, totals[depth] + 1);
                }
                case '{' -> {
                    int end = repeatEnd(i);
                    if (end < 0) {
                        i++;
                        atom = 1;
                    } else {
                        long count = repeatCount(i + 1, end);
                        totals[depth] = Math.min(CAP, totals[depth] + last * (count - 1) + 1);
                        last = Math.min(CAP, last * count);
                        i = end + 1;
                        quantifier = true;
                    }
                }
                default -> {
                    i++;
                    atom = 1;
                }
            }
            if (atom >= 0) {
                totals[depth] = Math.min(CAP, totals[depth] + atom);
                last = atom;
            }
            quantified = quantifier;
            previous = from;
            if (totals[depth] > MAX_STEPS) {
                throw tooLarge(value, totals[depth]);
            }
        }
    }

    /** The index after an escape; back-references are refused here. */
    private int escape(int at) {
        if (at + 1 >= text.length()) {
            return at + 1;
        }
        char escaped = text.charAt(at + 1);
        if (escaped >= '1' && escaped <= '9') {
            throw unsupported(at, "a back-reference '\\" + escaped + "'");
        }
        if (escaped == 'k') {
            throw unsupported(at, "a named back-reference '\\k'");
        }
        if (escaped == 'Q') {
            int end = text.indexOf("\\E", at + 2);
            return end < 0 ? text.length() : end + 2;
        }
        if ("pPx".indexOf(escaped) >= 0 && at + 2 < text.length() && text.charAt(at + 2) == '{') {
            int end = text.indexOf('}', at + 3);
            return end < 0 ? text.length() : end + 1;
        }
        return at + 2;
    }

    /** The index after a character class (RE2 classes do not nest; {@code [:alpha:]} sits inside one). */
    private int classEnd(int at) {
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
        return Math.min(text.length(), i + 1);
    }

    /**
     * The index after a group's opening ({@code (}, {@code (?:}, {@code (?i:}, {@code (?P<name>}); after the
     * {@code )} of a flag group such as {@code (?i)}, which opens nothing. Lookaround and the like are refused here.
     */
    private int groupStart(int at) {
        if (!text.startsWith("(?", at)) {
            return at + 1;
        }
        String[][] refused = {{"(?=", "a lookahead '(?='"}, {"(?!", "a negative lookahead '(?!'"},
            {"(?<=", "a lookbehind '(?<='"}, {"(?<!", "a negative lookbehind '(?<!'"},
            {"(?>", "an atomic group '(?>'"}, {"(?(", "a conditional group '(?('"}};
        for (String[] construct : refused) {
            if (text.startsWith(construct[0], at)) {
                throw unsupported(at, construct[1]);
            }
        }
        int i = at + 2;
        while (i < text.length() && ":>)".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return Math.min(text.length(), i + 1);
    }

    /** The index of the {@code }} closing a repeat {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code at}, or -1. */
    private int repeatEnd(int at) {
        int i = at + 1;
        int digits = 0;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ',')) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
            i++;
        }
        return digits > 0 && i < text.length() && text.charAt(i) == '}' && Character.isDigit(text.charAt(at + 1))
                ? i : -1;
    }

    /** How many copies a repeat spells out: its upper bound, or its lower bound plus one when open-ended. */
    private long repeatCount(int from, int end) {
        String[] bounds = text.substring(from, end).split(",", -1);
        String upper = bounds.length > 1 ? bounds[1] : bounds[0];
        boolean open = upper.isEmpty();
        String counted = open ? bounds[0] : upper;
        long count = counted.length() > 6 ? CAP : Long.parseLong(counted);
        return Math.max(1, open ? count + 1 : count);
    }

    private RuleException unsupported(int at, String construct) {
        return new RuleException(position(value, at), "the regular expression uses " + construct + ", which the "
                + "linear-time engine rules run on (RE2) cannot take; rewrite it without lookaround, back-references "
                + "or possessive quantifiers, for example as a second selection combined with 'not'");
    }

    private static RuleException tooLarge(Value value, long steps) {
        return new RuleException(value.pos(), "the regular expression spells out to " + (steps >= CAP ? "billions of"
                : String.format(java.util.Locale.ROOT, "%,d", steps)) + " steps, more than the " + MAX_STEPS
                + " allowed; use smaller repeat counts or fewer nested repetitions");
    }

    private static Pos position(Value value, int offset) {
        return value.node() == null ? value.pos() : Pos.inScalar(value.node(), offset);
    }

    /** The part of the expression RE2/J quotes in backticks at the end of its message, or "". */
    private static String fragment(String message) {
        int open = message.indexOf(": `");
        return open < 0 || !message.endsWith("`") ? "" : message.substring(open + 3, message.length() - 1);
    }
}
