package dev.nightshift.convert;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The Elasticsearch query string (Lucene syntax) as pySigma's Lucene backend writes it: {@code field:value} with
 * every reserved character escaped and wildcards bare, value lists as {@code field:(a OR b)}, regular expressions as
 * {@code field:/.../}, null as a missing field, every group in brackets. Its regular expressions take no inline
 * flags, so a rule's {@code |re|i} is refused here rather than written as a query Elasticsearch would reject.
 */
final class LuceneTarget extends TextTarget {

    LuceneTarget() {
        orBeforeAnd = true;
        parenthesize = true;
        orToken = "OR";
        andToken = "AND";
        notToken = "NOT";
        eqToken = ":";
        fieldEscape = "\\";
        fieldEscapePattern = Pattern.compile("[\\s*]");
        strQuote = "\"";
        strQuotePattern = Pattern.compile("^$");
        strQuoteNegation = false;
        addEscaped = "+-=&|!(){}[]<>^\"~*?:\\/ ";
        reExpression = "{field}:/{regex}/";
        reEscape = List.of("/");
        reEscapeEscapeChar = false;
        reFlags = false;
        cidrExpression = "{field}:{network}\\/{prefixlen}";
        compareExpression = "{field}:{operator}{value}";
        nullExpression = "NOT _exists_:{field}";
        existsExpression = "_exists_:{field}";
        notExistsExpression = "NOT _exists_:{field}";
        orAsIn = true;
        inAllowsWildcards = true;
        inExpression = "{field}{op}({list})";
        orInOperator = ":";
        listSeparator = " OR ";
        unboundString = "*{value}*";
        unboundNumber = "{value}";
    }

    @Override
    String name() {
        return "lucene";
    }

    @Override
    String finish(String expression) {
        if (expression == null) {
            throw new ConversionFailure("the rule leaves no condition to write");
        }
        return expression;
    }

    @Override
    boolean expansionAsList() {
        return true;
    }

    private static boolean isNull(Query query) {
        return query instanceof Query.Match match && match.term() instanceof Query.Null;
    }

    @Override
    boolean bindsTighter(Query outer, Query inner) {
        if (inner instanceof Query.Not not && isNull(not.inner())) {
            return true;
        }
        return !isNull(inner) && super.bindsTighter(outer, inner);
    }

    @Override
    Object not(Query.Not not, boolean underOr) {
        if (isNull(not.inner())) {
            return "_exists_:" + ((Query.Match) not.inner()).field();
        }
        return super.not(not, underOr);
    }

    @Override
    Object cidr(String rawField, String network) {
        String converted = (String) super.cidr(rawField, network);
        if (!network.contains(":")) {
            return converted;
        }
        String escaped = converted.replace(":", "\\:");
        return escaped.replaceFirst(Pattern.quote("\\:"), ":");
    }

    @Override
    Object fieldRef(String field, String other, boolean underOr) {
        throw new ConversionFailure("a field reference ('fieldref') has no Lucene query string form");
    }
}
