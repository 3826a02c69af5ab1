package dev.nightshift.convert;

import java.util.regex.Pattern;

/**
 * Splunk SPL as pySigma's Splunk backend writes it: {@code field="value"} with {@code *} wildcards (a {@code ?}
 * becomes {@code *} too, as there), AND as a space, OR binding tighter than AND, value lists as {@code IN (...)},
 * regular expressions and field references deferred to {@code | regex} and {@code | where} after the search.
 */
final class SplunkTarget extends TextTarget {

    SplunkTarget() {
        orBeforeAnd = true;
        orToken = "OR";
        andToken = " ";
        notToken = "NOT";
        eqToken = "=";
        fieldQuote = "\"";
        fieldQuotePattern = Pattern.compile("^[\\w.]+$");
        strQuote = "\"";
        wildcardSingle = "*";
        addEscaped = "\\";
        reExpression = "{regex}";
        reEscape = java.util.List.of("\"");
        cidrExpression = "{field}=\"{value}\"";
        compareExpression = "{field}{operator}{value}";
        nullExpression = "NOT {field}=*";
        existsExpression = "{field}=*";
        notExistsExpression = "NOT {field}=*";
        orAsIn = true;
        inAllowsWildcards = true;
        inExpression = "{field} {op} ({list})";
        orInOperator = "IN";
        listSeparator = ", ";
        unboundString = "{value}";
        unboundNumber = "{value}";
        unboundRegex = "{value}";
    }

    @Override
    String name() {
        return "splunk";
    }

    @Override
    Object regex(String rawField, String field, Query.Regex regex, boolean underOr) {
        if (underOr) {
            throw new ConversionFailure("a regular expression under 'or' is written by pySigma's Splunk backend as "
                    + "rex and eval commands, which this converter does not write yet; rewrite the rule so the "
                    + "regular expression is ANDed with the rest");
        }
        String value = "\"" + regex(regex) + "\"";
        Deferred part = new Deferred("regex " + field + "=" + value, "regex " + field + "!=" + value);
        deferred.add(part);
        return part;
    }

    @Override
    Object fieldRef(String field, String other, boolean underOr) {
        if (underOr) {
            throw new ConversionFailure("a field reference ('fieldref') under 'or' has no Splunk form in pySigma's "
                    + "backend");
        }
        Deferred part = new Deferred("where '" + field + "'='" + other + "'", "where NOT '" + field + "'='" + other
                + "'");
        deferred.add(part);
        return part;
    }

    @Override
    String finish(String expression) {
        if (deferred.isEmpty()) {
            return expression;
        }
        StringBuilder query = new StringBuilder(expression == null ? "*" : expression);
        deferred.forEach(part -> query.append("\n| ").append(part.render()));
        return query.toString();
    }
}
