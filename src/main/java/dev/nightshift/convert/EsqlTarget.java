package dev.nightshift.convert;

import java.util.List;
import java.util.regex.Pattern;

/**
 * ES|QL as pySigma's ES|QL backend writes it: {@code from * metadata _id, _index, _version | where ...} with
 * {@code ==}, {@code starts_with}, {@code ends_with}, {@code like} for other wildcards, {@code in (...)} for plain
 * value lists, {@code rlike} for regular expressions and {@code cidr_match}. Its {@code ==} and {@code like} compare
 * case-sensitively where Sigma does not; its {@code rlike} takes no inline flags, and a keyword (a value without a
 * field) has no form.
 */
final class EsqlTarget extends TextTarget {

    EsqlTarget() {
        orToken = "or";
        andToken = "and";
        notToken = "not";
        eqToken = "==";
        fieldQuote = "`";
        fieldQuotePattern = Pattern.compile("^[\\w.]+$");
        strQuote = "\"";
        addEscaped = "\\";
        startswithExpression = "starts_with({field}, {value})";
        endswithExpression = "ends_with({field}, {value})";
        wildcardMatchExpression = "{field} like {value}";
        reExpression = "{field} rlike \"{regex}\"";
        reEscape = List.of("\"");
        reFlags = false;
        cidrExpression = "cidr_match({field}, \"{value}\")";
        compareExpression = "{field}{operator}{value}";
        fieldRefExpression = "{field1}=={field2}";
        nullExpression = "{field} is null";
        existsExpression = "{field} is not null";
        notExistsExpression = "{field} is null";
        orAsIn = true;
        inExpression = "{field} {op} ({list})";
        orInOperator = "in";
        listSeparator = ", ";
    }

    @Override
    String name() {
        return "esql";
    }

    @Override
    String finish(String expression) {
        if (expression == null) {
            throw new ConversionFailure("the rule leaves no condition to write");
        }
        return "from * metadata _id, _index, _version | where " + expression;
    }
}
