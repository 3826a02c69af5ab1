package dev.nightshift.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The KQL condition Microsoft Sentinel and Defender filter with, as pySigma's Kusto backend writes it: {@code =~}
 * (case-insensitive equality), {@code startswith}, {@code endswith}, {@code contains}, {@code matches regex} for
 * other wildcards, value lists as {@code in~ (...)} and, for {@code all}, {@code has_all (...)}, every group in
 * brackets. The table ({@code DeviceProcessEvents | where ...}) comes from a Microsoft pipeline, not from here.
 */
final class KustoTarget extends TextTarget {

    KustoTarget() {
        parenthesize = true;
        orToken = "or";
        andToken = "and";
        notToken = "not";
        eqToken = " =~ ";
        fieldQuote = "'";
        fieldQuotePattern = Pattern.compile("^\\w+$");
        fieldEscape = "";
        fieldEscapePattern = Pattern.compile("\\s");
        strQuote = "\"";
        wildcardSingle = "*";
        addEscaped = "\\";
        startswithExpression = "{field} startswith {value}";
        endswithExpression = "{field} endswith {value}";
        containsExpression = "{field} contains {value}";
        wildcardMatchExpression = "{field} matches regex \"{regex}\"";
        reExpression = "{field} matches regex \"{regex}\"";
        reEscape = List.of("\"");
        cidrExpression = "ipv4_is_in_range({field}, \"{value}\")";
        compareExpression = "{field} {operator} {value}";
        nullExpression = "isnull({field})";
        existsExpression = "isnotempty({field})";
        notExistsExpression = "isempty({field})";
        orAsIn = true;
        andAsIn = true;
        inAllowsWildcards = true;
        inExpression = "{field} {op} ({list})";
        orInOperator = "in~";
        andInOperator = "has_all";
        listSeparator = ", ";
        unboundString = "{value}";
        unboundNumber = "{value}";
        unboundRegex = "_=~{value}";
    }

    @Override
    String name() {
        return "kusto";
    }

    @Override
    String finish(String expression) {
        if (expression == null) {
            throw new ConversionFailure("the rule leaves no condition to write");
        }
        return expression;
    }

    @Override
    String number(String field, String number) {
        return field + " == " + number;
    }

    /**
     * As the backend: the kept {@code \*} of a literal asterisk is written bare; an escaped backslash before an
     * asterisk ({@code \\*}) stays an escaped backslash.
     */
    @Override
    String value(SigmaText text) {
        String escaped = super.value(text);
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                if (next != '*') {
                    out.append(c);
                }
                out.append(next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    Object not(Query.Not not, boolean underOr) {
        Query inner = not.inner();
        Object converted = inner instanceof Query.Match || inner instanceof Query.Or or && or.expansion()
                ? convert(inner, underOr) : group(inner, underOr);
        return converted == null ? null : "not(" + converted + ")";
    }

    /**
     * As the backend: the plain values in one list, then each wildcard value in its own form, a wildcard inside a
     * value becoming the AND of {@code contains} of its plain runs.
     */
    @Override
    Object list(List<Query> parts, boolean or) {
        String field = field(((Query.Match) parts.get(0)).field());
        List<String> plain = new ArrayList<>();
        List<String> wild = new ArrayList<>();
        for (Query part : parts) {
            Query.Term term = ((Query.Match) part).term();
            if (term instanceof Query.Text text && text.text().containsWildcard()) {
                SigmaText value = text.text();
                boolean inner = value.wildcardInside();
                if (inner) {
                    List<String> runs = new ArrayList<>();
                    for (Object run : value.parts()) {
                        if (run instanceof String s) {
                            runs.add(field + " contains " + value(SigmaText.literal(s)));
                        }
                    }
                    wild.add("(" + String.join(" and ", runs) + ")");
                } else {
                    wild.add((String) text(field, value));
                }
            } else {
                plain.add(term instanceof Query.Number number ? value(SigmaText.literal(number.text()))
                        : listValue(term));
            }
        }
        String joiner = " " + (or ? orToken : andToken) + " ";
        String list = plain.isEmpty() ? "" : field + " " + (or ? orInOperator : andInOperator) + " ("
                + String.join(listSeparator, plain) + ")";
        String wilds = String.join(joiner, wild);
        return list.isEmpty() ? wilds : wilds.isEmpty() ? list : list + joiner + wilds;
    }
}
