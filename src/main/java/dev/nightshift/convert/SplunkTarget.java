package dev.nightshift.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splunk SPL as pySigma's Splunk backend writes it: {@code field="value"} with {@code *} wildcards (a {@code ?}
 * becomes {@code *} too, as there), AND as a space, OR binding tighter than AND, value lists as {@code IN (...)},
 * regular expressions and field references deferred to {@code | regex} and {@code | where} after the search.
 */
final class SplunkTarget extends TextTarget {

    /** A leading {@code field=value} term of a search, which the backend moves before the {@code rex} commands. */
    private static final Pattern LEADING_TERM = Pattern.compile("([\\w.]+)(?:=\"[^\"]*\"|=[^\\s\")]+)\\s*");

    private final Map<String, Integer> fieldCounts = new HashMap<>();
    private final List<String> rexParts = new ArrayList<>();
    private final Set<String> conditionFields = new HashSet<>();

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

    /**
     * A regular expression ANDed with the search goes to {@code | regex} after it; one under an OR becomes, as the
     * backend writes it, a {@code rex} capture and an {@code eval} of a condition field the search tests.
     */
    @Override
    Object regex(String rawField, String field, Query.Regex regex, boolean underOr) {
        String value = "\"" + regex(regex) + "\"";
        if (!underOr) {
            Deferred part = new Deferred("regex " + field + "=" + value, "regex " + field + "!=" + value);
            deferred.add(part);
            return part;
        }
        int count = fieldCounts.merge(rawField, 1, Integer::sum);
        String suffix = count == 1 ? "" : String.valueOf(count);
        String clean = rawField.replaceAll(".*\\.", "");
        String match = clean + "Match" + suffix;
        if (match.length() > 32) {
            throw new ConversionFailure("the Splunk capture name for a regular expression on '" + rawField
                    + "' would pass 32 characters, which the backend shortens with a hash this converter does not "
                    + "write; map the field to a shorter name");
        }
        String condition = clean + "Condition" + suffix;
        rexParts.add("rex field=" + rawField + " \"(?<" + match + ">" + regex(regex) + ")\"\n| eval "
                + condition + "=if(isnotnull(" + match + "), \"true\", \"false\")");
        conditionFields.add(condition);
        return field(condition) + "=\"true\"";
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
        String query = expression == null ? "*" : expression;
        if (!rexParts.isEmpty()) {
            String prefix = "";
            Matcher leading = LEADING_TERM.matcher(query);
            int at = 0;
            while (leading.find(at) && leading.start() == at && !conditionFields.contains(leading.group(1))) {
                prefix += (prefix.isEmpty() ? "" : " ") + leading.group().strip();
                at = leading.end();
            }
            query = prefix + "\n| " + String.join("\n| ", rexParts) + "\n| search " + query.substring(at);
        }
        StringBuilder out = new StringBuilder(query);
        deferred.forEach(part -> out.append("\n| ").append(part.render()));
        return out.toString();
    }
}
