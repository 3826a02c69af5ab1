package dev.nightshift.convert;

import dev.nightshift.detection.DetectionTree;
import dev.nightshift.detection.RuleError;
import dev.nightshift.detection.SigmaRule;
import dev.nightshift.detection.SigmaSource;
import dev.nightshift.pipeline.RuleProcessing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts Sigma detection rules into the query a SIEM runs ({@link ConvertTarget}): the rule is loaded as the
 * engine loads it, the pipelines' steps for its logsource are played on it, and the target writes the query as
 * pySigma's backend for it does. What a target cannot express is an error naming the rule's file, line and column
 * and the construct. Immutable and safe to share.
 */
public final class RuleConverter {

    /** One rule's query, or the sentence saying why it has none. */
    public record Conversion(SigmaRule rule, String query, String error) {
        public Conversion {
            if ((query == null) == (error == null)) {
                throw new IllegalArgumentException("a conversion has a query or an error");
            }
        }

        public boolean converted() {
            return query != null;
        }
    }

    /** The rules of one file: each one's conversion, or the errors that kept the file from loading. */
    public record FileConversion(List<Conversion> conversions, List<String> errors) {
        public FileConversion {
            conversions = List.copyOf(conversions);
            errors = List.copyOf(errors);
        }
    }

    private final ConvertTarget target;
    private final RuleProcessing processing;
    private final Map<String, List<String>> vars;

    /** {@code vars} fill {@code expand} placeholders, over the pipelines' own {@code vars}. */
    public RuleConverter(ConvertTarget target, RuleProcessing processing, Map<String, List<String>> vars) {
        this.target = target;
        this.processing = processing;
        Map<String, List<String>> merged = new LinkedHashMap<>(processing.vars());
        merged.putAll(vars);
        this.vars = Map.copyOf(merged);
    }

    public ConvertTarget target() {
        return target;
    }

    /** The file's rules as the engine loads them, with this converter's placeholder values. */
    DetectionTree.Read read(SigmaSource source) {
        return DetectionTree.read(source, vars);
    }

    /** Every rule of the file, converted. */
    public FileConversion convert(SigmaSource source) {
        DetectionTree.Read read = read(source);
        if (!read.errors().isEmpty()) {
            return new FileConversion(List.of(), read.errors().stream().map(RuleError::format).toList());
        }
        List<Conversion> conversions = new ArrayList<>();
        for (DetectionTree tree : read.trees()) {
            conversions.add(convert(tree));
        }
        return new FileConversion(conversions, List.of());
    }

    /** One loaded rule, converted. */
    public Conversion convert(DetectionTree tree) {
        SigmaRule rule = tree.rule();
        if (rule.isCorrelation()) {
            return new Conversion(rule, null, rule.file() + ":" + rule.line() + ":1: cannot convert '" + rule.title()
                    + "' to " + target.label() + ": correlation rules are not converted here (pySigma's backends "
                    + "write them as stats searches of the rules they reference); convert the referenced rules");
        }
        try {
            Query query = new QueryBuilder(tree).build(processing.steps(rule.logsource()));
            return new Conversion(rule, target.newWalker().convert(query), null);
        } catch (ConversionFailure failure) {
            int line = failure.line > 0 ? failure.line : rule.line();
            int column = failure.line > 0 ? failure.column : 1;
            return new Conversion(rule, null, rule.file() + ":" + line + ":" + column + ": cannot convert '"
                    + rule.title() + "' to " + target.label() + ": " + failure.getMessage());
        }
    }
}
