package dev.nightshift.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query-tree walker every target shares, with pySigma's {@code TextQueryBackend} rules: a child is put in
 * brackets when it binds more loosely than its parent (or always, with {@code parenthesize}); an OR of one field's
 * plain values may become a value list; a string's shape (leading or trailing {@code *}) picks the startswith,
 * endswith or contains form; values and field names are escaped and quoted as the target needs. A target fills in
 * its tokens and templates in its constructor and overrides what its backend does differently. One instance
 * converts one rule (it collects the rule's deferred parts).
 */
abstract class TextTarget {

    /** A part of the query written after the main expression (Splunk's {@code | regex}), which a NOT negates. */
    static final class Deferred {
        private final String positive;
        private final String negative;
        private boolean negated;

        Deferred(String positive, String negative) {
            this.positive = positive;
            this.negative = negative;
        }

        String render() {
            return negated ? negative : positive;
        }
    }

    /** True when OR binds more tightly than AND (Splunk, Lucene), false for the usual order (NOT, AND, OR). */
    protected boolean orBeforeAnd;
    protected boolean parenthesize;
    protected String orToken;
    protected String andToken;
    protected String notToken;
    protected String eqToken;
    protected String fieldQuote;
    protected Pattern fieldQuotePattern;
    protected String fieldEscape;
    protected Pattern fieldEscapePattern;
    protected String strQuote = "";
    protected Pattern strQuotePattern;
    protected boolean strQuoteNegation = true;
    protected String escapeChar = "\\";
    protected String wildcardMulti = "*";
    protected String wildcardSingle = "?";
    protected String addEscaped = "";
    protected String startswithExpression;
    protected String endswithExpression;
    protected String containsExpression;
    protected String wildcardMatchExpression;
    protected String reExpression;
    protected List<String> reEscape = List.of();
    protected boolean reEscapeEscapeChar = true;
    protected boolean reFlags = true;
    protected String cidrExpression;
    protected String compareExpression;
    protected String fieldRefExpression;
    protected String nullExpression;
    protected String existsExpression;
    protected String notExistsExpression;
    protected boolean orAsIn;
    protected boolean andAsIn;
    protected boolean inAllowsWildcards;
    protected String inExpression;
    protected String orInOperator;
    protected String andInOperator;
    protected String listSeparator;
    protected String unboundString;
    protected String unboundNumber;
    protected String unboundRegex;

    protected final List<Deferred> deferred = new ArrayList<>();

    /** The target's name, as {@code --to} spells it. */
    abstract String name();

    /** The whole query for the converted expression (null when every part was deferred). */
    abstract String finish(String expression);

    final String convert(Query query) {
        Object converted = convert(query, false);
        return finish(converted instanceof String text ? text : null);
    }

    /** A String, a {@link Deferred}, or null when nothing is left (an empty AND or OR). */
    Object convert(Query query, boolean underOr) {
        if (query instanceof Query.Or or) {
            return (!or.expansion() || expansionAsList()) && asList(or.parts(), orAsIn) ? list(or.parts(), true)
                    : join(or.parts(), or, orToken, true);
        }
        if (query instanceof Query.And and) {
            return asList(and.parts(), andAsIn) ? list(and.parts(), false) : join(and.parts(), and, andToken, underOr);
        }
        if (query instanceof Query.Not not) {
            return not(not, underOr);
        }
        return match((Query.Match) query, underOr);
    }

    /** Whether the variants of one value (windash, base64offset) may become a value list too. */
    boolean expansionAsList() {
        return false;
    }

    /** pySigma's rank of a node: NOT binds tightest; a match never needs brackets. */
    private int rank(Query query) {
        if (query instanceof Query.Match) {
            return -1;
        }
        if (query instanceof Query.Not) {
            return 0;
        }
        boolean or = query instanceof Query.Or;
        return or == orBeforeAnd ? 1 : 2;
    }

    /** True when {@code inner} needs no brackets inside {@code outer}. */
    boolean bindsTighter(Query outer, Query inner) {
        if (parenthesize && !(inner instanceof Query.Match) && !(inner instanceof Query.Or or && or.expansion())) {
            return false;
        }
        return rank(inner) <= rank(outer);
    }

    final Object group(Query query, boolean underOr) {
        Object converted = convert(query, underOr);
        return converted instanceof String text ? "(" + text + ")" : converted;
    }

    private Object join(List<Query> parts, Query parent, String token, boolean underOr) {
        String joiner = token.equals(" ") ? " " : " " + token + " ";
        List<String> texts = new ArrayList<>();
        for (Query part : parts) {
            Object converted = bindsTighter(parent, part) ? convert(part, underOr) : group(part, underOr);
            if (converted instanceof String text) {
                texts.add(text);
            }
        }
        return texts.isEmpty() ? null : String.join(joiner, texts);
    }

    /**
     * NOT, as pySigma writes it but for two cases it gets wrong, where we differ on purpose: the variants of one
     * value (windash, base64offset) are bracketed unless they form one value list, and a deferred part inside a
     * negated group is refused, since it cannot be negated there.
     */
    Object not(Query.Not not, boolean underOr) {
        Query inner = not.inner();
        if (inner instanceof Query.Match || (inner instanceof Query.Or or && or.expansion() && isList(or))) {
            Object converted = convert(inner, underOr);
            if (converted instanceof Deferred part) {
                part.negated = !part.negated;
                return part;
            }
            return converted == null ? null : notToken + " " + converted;
        }
        int before = deferred.size();
        Object grouped = group(inner, underOr);
        if (deferred.size() != before) {
            throw new ConversionFailure("a regular expression or field reference inside a negated group has no "
                    + name() + " form (the part written after the search cannot be negated with the group)");
        }
        return grouped instanceof String text ? notToken + " " + text : grouped;
    }

    /** Whether an OR is written as a value list. */
    final boolean isList(Query.Or or) {
        return (!or.expansion() || expansionAsList()) && asList(or.parts(), orAsIn);
    }

    private boolean asList(List<Query> parts, boolean enabled) {
        if (!enabled || parts.isEmpty()) {
            return false;
        }
        String field = null;
        for (Query part : parts) {
            if (!(part instanceof Query.Match match) || match.keyword()) {
                return false;
            }
            boolean text = match.term() instanceof Query.Text t && !t.cased()
                    && (inAllowsWildcards || !t.text().containsWildcard());
            if (!text && !(match.term() instanceof Query.Number)) {
                return false;
            }
            if (field != null && !field.equals(match.field())) {
                return false;
            }
            field = match.field();
        }
        return true;
    }

    Object list(List<Query> parts, boolean or) {
        List<String> values = new ArrayList<>();
        for (Query part : parts) {
            values.add(listValue(((Query.Match) part).term()));
        }
        return Templates.fill(inExpression, "field", field(((Query.Match) parts.get(0)).field()),
                "op", or ? orInOperator : andInOperator, "list", String.join(listSeparator, values));
    }

    final String listValue(Query.Term term) {
        return term instanceof Query.Text text ? value(text.text()) : ((Query.Number) term).text();
    }

    Object match(Query.Match match, boolean underOr) {
        Query.Term term = match.term();
        if (match.keyword()) {
            return keyword(term);
        }
        String field = field(match.field());
        if (term instanceof Query.Text text) {
            if (text.cased()) {
                throw new ConversionFailure("case-sensitive matching ('cased') has no " + name()
                        + " form in pySigma's backend");
            }
            return text(field, text.text());
        }
        if (term instanceof Query.Number number) {
            return number(field, number.text());
        }
        if (term instanceof Query.Bool bool) {
            return field + eqToken + bool.value();
        }
        if (term instanceof Query.Null) {
            return Templates.fill(require(nullExpression, "a null value"), "field", field);
        }
        if (term instanceof Query.Regex regex) {
            return regex(match.field(), field, regex, underOr);
        }
        if (term instanceof Query.Cidr cidr) {
            return cidr(match.field(), cidr.network());
        }
        if (term instanceof Query.Compare compare) {
            return Templates.fill(require(compareExpression, "a comparison"), "field", field, "operator", compare.operator(),
                    "value", compare.number());
        }
        if (term instanceof Query.Exists exists) {
            if (exists.exists() || notExistsExpression == null) {
                String positive = Templates.fill(require(existsExpression, "'exists'"), "field", field);
                return exists.exists() ? positive : notToken + " " + positive;
            }
            return Templates.fill(notExistsExpression, "field", field);
        }
        Query.FieldRef ref = (Query.FieldRef) term;
        return fieldRef(field, field(ref.other()), underOr);
    }

    Object keyword(Query.Term term) {
        if (term instanceof Query.Text text && !text.cased()) {
            return Templates.fill(require(unboundString, "a keyword"), "value", value(text.text()));
        }
        if (term instanceof Query.Number number) {
            return Templates.fill(require(unboundNumber, "a numeric keyword"), "value", number.text());
        }
        if (term instanceof Query.Regex regex) {
            return Templates.fill(require(unboundRegex, "a regular expression keyword"), "value", regex(regex));
        }
        throw new ConversionFailure("a keyword (a value without a field) of this kind has no " + name() + " form");
    }

    String number(String field, String number) {
        return field + eqToken + number;
    }

    Object regex(String rawField, String field, Query.Regex regex, boolean underOr) {
        return Templates.fill(require(reExpression, "a regular expression"), "field", field, "regex", regex(regex));
    }

    Object cidr(String rawField, String network) {
        int slash = network.indexOf('/');
        return Templates.fill(require(cidrExpression, "'cidr'"), "field", rawField, "value", network,
                "network", slash < 0 ? network : network.substring(0, slash),
                "prefixlen", slash < 0 ? "" : network.substring(slash + 1));
    }

    Object fieldRef(String field, String other, boolean underOr) {
        return Templates.fill(require(fieldRefExpression, "'fieldref'"), "field1", field, "field2", other);
    }

    /** pySigma's choice of form for a string by where its wildcards are. */
    Object text(String field, SigmaText text) {
        String expression;
        SigmaText value;
        if (startswithExpression != null && text.endsWithMulti() && !text.trim(false, true).containsWildcard()) {
            expression = startswithExpression;
            value = text.trim(false, true);
        } else if (endswithExpression != null && text.startsWithMulti() && !text.trim(true, false).containsWildcard()) {
            expression = endswithExpression;
            value = text.trim(true, false);
        } else if (containsExpression != null && text.startsWithMulti() && text.endsWithMulti()
                && text.parts().size() > 1 && !text.trim(true, true).containsWildcard()) {
            expression = containsExpression;
            value = text.trim(true, true);
        } else if (wildcardMatchExpression != null && text.containsWildcard()) {
            expression = wildcardMatchExpression;
            value = text;
        } else {
            expression = "{field}" + eqToken + "{value}";
            value = text;
        }
        return Templates.fill(expression, "field", field, "regex", escapeRegex(value.toRegex()), "value", value(value));
    }

    /** A string value escaped and quoted as the target writes it. */
    String value(SigmaText text) {
        String converted = text.convert(escapeChar, wildcardMulti, wildcardSingle, strQuote + addEscaped);
        boolean quote;
        if (strQuote.isEmpty()) {
            quote = false;
        } else if (strQuotePattern == null) {
            quote = true;
        } else {
            quote = strQuotePattern.matcher(text.toString()).lookingAt() != strQuoteNegation;
        }
        return quote ? strQuote + converted + strQuote : converted;
    }

    /** A regular expression as the target writes it, with its flags as a {@code (?ims)} prefix. */
    final String regex(Query.Regex regex) {
        if (!regex.flags().isEmpty() && !reFlags) {
            throw new ConversionFailure("the regular expression flags '" + regex.flags() + "' have no " + name()
                    + " form: its regular expressions take no inline flags");
        }
        return (regex.flags().isEmpty() ? "" : "(?" + regex.flags() + ")") + escapeRegex(regex.pattern());
    }

    final String escapeRegex(String pattern) {
        List<String> escaped = new ArrayList<>(reEscape);
        if (reEscapeEscapeChar) {
            escaped.add("\\");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < pattern.length()) {
            for (String item : escaped) {
                if (!item.isEmpty() && pattern.startsWith(item, i)) {
                    out.append('\\').append(item);
                    i += item.length();
                    continue outer;
                }
            }
            out.append(pattern.charAt(i++));
        }
        return out.toString();
    }

    /** A field name escaped and quoted as the target writes it. */
    final String field(String name) {
        String escaped = name;
        if (fieldEscape != null) {
            java.util.TreeSet<Integer> positions = new java.util.TreeSet<>();
            if (fieldEscapePattern != null) {
                Matcher m = fieldEscapePattern.matcher(name);
                while (m.find()) {
                    positions.add(m.start());
                }
            }
            if (fieldQuote != null) {
                for (int at = name.indexOf(fieldQuote); at >= 0; at = name.indexOf(fieldQuote, at + 1)) {
                    positions.add(at);
                }
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < name.length(); i++) {
                if (positions.contains(i)) {
                    out.append(fieldEscape);
                }
                out.append(name.charAt(i));
            }
            escaped = out.toString();
        }
        if (fieldQuote != null && (fieldQuotePattern == null || !fieldQuotePattern.matcher(escaped).lookingAt())) {
            return fieldQuote + escaped + fieldQuote;
        }
        return escaped;
    }

    final String require(String template, String what) {
        if (template == null) {
            throw new ConversionFailure(what + " has no " + name() + " form in pySigma's backend");
        }
        return template;
    }
}
