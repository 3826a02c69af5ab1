package dev.nightshift.pipeline;

import java.util.List;
import java.util.Map;

/** Fills {@code field_template} values: {@code {Name}} stands for the event's field {@code Name}. */
final class FieldTemplates {

    private FieldTemplates() {
    }

    /** The first template all of whose fields the record has, filled in; null when none. */
    static String fill(List<String> templates, Map<String, Object> record) {
        for (String template : templates) {
            String filled = fill(template, record);
            if (filled != null) {
                return filled;
            }
        }
        return null;
    }

    private static String fill(String template, Map<String, Object> record) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, at, template.length());
                break;
            }
            out.append(template, at, open);
            Object value = record.get(template.substring(open + 1, close));
            if (value == null) {
                return null;
            }
            out.append(value);
            at = close + 1;
        }
        return out.toString();
    }
}
