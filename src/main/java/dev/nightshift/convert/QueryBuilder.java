package dev.nightshift.convert;

import dev.nightshift.detection.Condition;
import dev.nightshift.detection.DetectionTree;
import dev.nightshift.detection.Encodings;
import dev.nightshift.pipeline.RuleProcessing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the {@link Query} of a detection rule as pySigma does before a backend runs: each search becomes the AND of
 * its field entries (an OR over a list of maps), each entry the OR of its values ({@code all}: the AND), and the
 * modifiers turn each value into wildcards, variants or a typed term. Then the pipeline's steps run in order:
 * {@code field_name_mapping} renames the fields (several names: an OR over them) and {@code add_condition} puts its
 * conditions before the rule's, as {@code cond and (rule)}.
 */
final class QueryBuilder {

    private static final Set<String> TIME = Set.of("minute", "hour", "day", "week", "month", "year");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    private final DetectionTree tree;

    QueryBuilder(DetectionTree tree) {
        this.tree = tree;
    }

    Query build(List<RuleProcessing.Step> steps) {
        Query query = condition(tree.condition());
        for (RuleProcessing.Step step : steps) {
            if (step instanceof RuleProcessing.RenameFields rename) {
                query = rename(query, rename.mapping());
            } else if (step instanceof RuleProcessing.AddCondition add) {
                query = new Query.And(List.of(added(add.conditions()), query));
            } else if (step instanceof RuleProcessing.TemplateFields template) {
                String used = firstUsed(query, template.fields());
                if (used != null) {
                    throw new ConversionFailure("the pipeline item '" + template.item() + "' builds the field '" + used
                            + "' from several event fields (field_template), which no query can do; map it with "
                            + "field_name_mapping instead");
                }
            }
        }
        return query;
    }

    private Query condition(Condition condition) {
        if (condition instanceof Condition.And and) {
            return and.parts().size() == 1 ? condition(and.parts().get(0))
                    : new Query.And(and.parts().stream().map(this::condition).toList());
        }
        if (condition instanceof Condition.Or or) {
            return or.parts().size() == 1 ? condition(or.parts().get(0))
                    : new Query.Or(or.parts().stream().map(this::condition).toList(), false);
        }
        if (condition instanceof Condition.Not not) {
            return new Query.Not(condition(not.inner()));
        }
        List<List<DetectionTree.Entry>> alternatives = tree.searches().get(((Condition.Ref) condition).name());
        List<Query> maps = alternatives.stream().map(this::entries).toList();
        return maps.size() == 1 ? maps.get(0) : new Query.Or(maps, false);
    }

    private Query entries(List<DetectionTree.Entry> entries) {
        List<Query> parts = entries.stream().map(this::entry).toList();
        return parts.size() == 1 ? parts.get(0) : new Query.And(parts);
    }

    private Query entry(DetectionTree.Entry entry) {
        List<String> modifiers = entry.modifiers();
        for (String modifier : modifiers) {
            if (TIME.contains(modifier)) {
                throw new ConversionFailure(entry.line(), entry.column(), "the time modifier '" + modifier
                        + "' has no counterpart in the queries of any target pySigma's backends write");
            }
        }
        List<Query> values = new ArrayList<>();
        for (DetectionTree.Literal value : entry.values()) {
            values.add(value(entry, value));
        }
        Query query = values.size() == 1 ? values.get(0)
                : modifiers.contains("all") ? new Query.And(values) : new Query.Or(values, false);
        return modifiers.contains("neq") ? new Query.Not(query) : query;
    }

    private Query value(DetectionTree.Entry entry, DetectionTree.Literal literal) {
        String field = entry.isKeyword() ? null : entry.field();
        List<String> modifiers = entry.modifiers();
        Object value = literal.value();
        if (value == null) {
            return new Query.Match(field, new Query.Null());
        }
        if (modifiers.contains("re")) {
            StringBuilder flags = new StringBuilder();
            for (String flag : List.of("i", "m", "s")) {
                if (modifiers.contains(flag)) {
                    flags.append(flag);
                }
            }
            return new Query.Match(field, new Query.Regex(literal.text(), flags.toString()));
        }
        if (modifiers.contains("cidr")) {
            return new Query.Match(field, new Query.Cidr(literal.text()));
        }
        for (String compare : List.of("gt", "gte", "lt", "lte")) {
            if (modifiers.contains(compare)) {
                String operator = switch (compare) {
                    case "gt" -> ">";
                    case "gte" -> ">=";
                    case "lt" -> "<";
                    default -> "<=";
                };
                return new Query.Match(field, new Query.Compare(operator, number(value)));
            }
        }
        if (modifiers.contains("exists")) {
            return new Query.Match(field, new Query.Exists((Boolean) value));
        }
        if (modifiers.contains("fieldref")) {
            return new Query.Match(field, new Query.FieldRef(literal.text()));
        }
        List<String> encodings = modifiers.stream().filter(m -> m.startsWith("base64") || m.startsWith("utf16")
                || m.equals("wide")).map(m -> m.equals("wide") ? "utf16le" : m).toList();
        boolean contains = modifiers.contains("contains");
        boolean startswith = modifiers.contains("startswith");
        boolean endswith = modifiers.contains("endswith");
        boolean plain = !contains && !startswith && !endswith && encodings.isEmpty() && !modifiers.contains("windash");
        if (plain && (value instanceof Long || value instanceof Double)) {
            return new Query.Match(field, new Query.Number(number(value)));
        }
        if (plain && value instanceof Boolean truth) {
            return new Query.Match(field, new Query.Bool(truth));
        }
        List<SigmaText> variants;
        if (!encodings.isEmpty()) {
            if (!encodings.get(encodings.size() - 1).startsWith("base64")) {
                throw new ConversionFailure(entry.line(), entry.column(), "a '" + encodings.get(encodings.size() - 1)
                        + "' value without base64 is text with NUL characters, which no query string can hold");
            }
            variants = Encodings.apply(literal.text(), encodings).stream().map(SigmaText::literal).toList();
        } else if (modifiers.contains("windash")) {
            variants = SigmaText.parse(literal.text()).windash();
        } else {
            variants = List.of(SigmaText.parse(literal.text()));
        }
        if (variants.isEmpty()) {
            throw new ConversionFailure(entry.line(), entry.column(), "the encoded value '" + literal.text()
                    + "' is too short to leave any text to search for");
        }
        boolean cased = modifiers.contains("cased");
        List<Query> matches = variants.stream().map(v -> (Query) new Query.Match(field,
                new Query.Text(v.widen(contains || endswith, contains || startswith), cased))).toList();
        return matches.size() == 1 ? matches.get(0) : new Query.Or(matches, true);
    }

    private static String number(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e16 ? String.format(Locale.ROOT, "%.1f", d)
                    : Double.toString(d);
        }
        return String.valueOf(value);
    }

    private static Query added(Map<String, List<String>> conditions) {
        List<Query> parts = new ArrayList<>();
        conditions.forEach((field, values) -> {
            List<Query> matches = values.stream().map(v -> (Query) new Query.Match(field, INTEGER.matcher(v).matches()
                    ? new Query.Number(v) : new Query.Text(SigmaText.parse(v), false))).toList();
            parts.add(matches.size() == 1 ? matches.get(0) : new Query.Or(matches, false));
        });
        return parts.size() == 1 ? parts.get(0) : new Query.And(parts);
    }

    /** The query with its fields renamed; a field mapped to several names becomes an OR of the match per name. */
    static Query rename(Query query, Map<String, List<String>> mapping) {
        if (query instanceof Query.And and) {
            return new Query.And(and.parts().stream().map(p -> rename(p, mapping)).toList());
        }
        if (query instanceof Query.Or or) {
            return new Query.Or(or.parts().stream().map(p -> rename(p, mapping)).toList(), or.expansion());
        }
        if (query instanceof Query.Not not) {
            return new Query.Not(rename(not.inner(), mapping));
        }
        Query.Match match = (Query.Match) query;
        Query.Term term = match.term();
        if (term instanceof Query.FieldRef ref && mapping.containsKey(ref.other())) {
            term = new Query.FieldRef(mapping.get(ref.other()).get(0));
        }
        List<String> names = match.keyword() ? null : mapping.get(match.field());
        if (names == null) {
            return new Query.Match(match.field(), term);
        }
        Query.Term renamed = term;
        List<Query> matches = names.stream().map(name -> (Query) new Query.Match(name, renamed)).toList();
        return matches.size() == 1 ? matches.get(0) : new Query.Or(matches, false);
    }

    private static String firstUsed(Query query, Set<String> fields) {
        if (query instanceof Query.Match match) {
            return match.field() != null && fields.contains(match.field()) ? match.field() : null;
        }
        List<Query> parts = query instanceof Query.And and ? and.parts() : query instanceof Query.Or or ? or.parts()
                : List.of(((Query.Not) query).inner());
        for (Query part : parts) {
            String used = firstUsed(part, fields);
            if (used != null) {
                return used;
            }
        }
        return null;
    }
}
