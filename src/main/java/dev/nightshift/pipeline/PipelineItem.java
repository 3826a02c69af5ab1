package dev.nightshift.pipeline;

import dev.nightshift.telemetry.LogSource;
import java.util.List;
import java.util.Map;

/**
 * One processing item of a pipeline file: its transformation and the logsources of the rules it applies to
 * ({@code rule_conditions}, all of them or, with {@code rule_cond_op: or}, any; none means every rule).
 */
record PipelineItem(String id, Transformation transformation, List<LogSource> ruleConditions, boolean anyCondition) {

    PipelineItem {
        ruleConditions = List.copyOf(ruleConditions);
    }

    /** Whether the item applies to a rule of this logsource, as pySigma's {@code LogsourceCondition} decides. */
    boolean appliesTo(LogSource logsource) {
        if (ruleConditions.isEmpty()) {
            return true;
        }
        for (LogSource condition : ruleConditions) {
            boolean holds = part(condition.product(), logsource.product())
                    && part(condition.category(), logsource.category()) && part(condition.service(), logsource.service());
            if (holds && anyCondition) {
                return true;
            }
            if (!holds && !anyCondition) {
                return false;
            }
        }
        return !anyCondition;
    }

    private static boolean part(String condition, String actual) {
        return condition == null || condition.equalsIgnoreCase(actual);
    }

    /** What an item does; the names are pySigma's transformation types, but for {@link FieldTemplate}. */
    sealed interface Transformation permits AddCondition, ChangeLogsource, FieldMapping, FieldTemplate,
            ValuePlaceholders {
    }

    /** {@code add_condition}: the events of the logsource have these field values (a list is any of them). */
    record AddCondition(Map<String, List<String>> conditions) implements Transformation {
        AddCondition {
            conditions = Map.copyOf(conditions);
        }
    }

    /** {@code change_logsource}: what the rule's logsource becomes for the items after this one. */
    record ChangeLogsource(LogSource logsource) implements Transformation {
    }

    /** {@code field_name_mapping}: a Sigma field name, and the event fields it is read from (the first present). */
    record FieldMapping(Map<String, List<String>> mapping) implements Transformation {
        FieldMapping {
            mapping = Map.copyOf(mapping);
        }
    }

    /**
     * nightshift's {@code field_template}: a Sigma field built from event fields, {@code {Name}} standing for each,
     * from the first template whose fields the event has; an event that has the field already keeps it.
     */
    record FieldTemplate(Map<String, List<String>> templates) implements Transformation {
        FieldTemplate {
            templates = Map.copyOf(templates);
        }
    }

    /** {@code value_placeholders}: the pipeline's {@code vars} fill the rules' {@code %name%} placeholders. */
    record ValuePlaceholders() implements Transformation {
    }
}
