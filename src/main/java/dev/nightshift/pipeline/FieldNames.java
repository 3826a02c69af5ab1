package dev.nightshift.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field names as Sigma rules write them: a log's field whose name holds spaces or punctuation (Defender's
 * {@code Threat Name}, {@code Detection User}) is also readable under the name with those removed
 * ({@code ThreatName}), as the checkers SigmaHQ's mapping is written for read them.
 */
final class FieldNames {

    private FieldNames() {
    }

    static Map<String, Object> withPlainAliases(Map<String, Object> fields) {
        Map<String, Object> result = null;
        for (Map.Entry<String, Object> entry : fields.entrySet()) {
            String name = entry.getKey();
            if (!plain(name)) {
                String alias = plainName(name);
                if (!alias.isEmpty() && !fields.containsKey(alias)) {
                    result = result == null ? new LinkedHashMap<>(fields) : result;
                    result.putIfAbsent(alias, entry.getValue());
                }
            }
        }
        return result == null ? fields : result;
    }

    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!keep(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String plainName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (keep(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Letters, digits, the underscore and, for nested names, the dot and the at sign of {@code @timestamp}. */
    private static boolean keep(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '@';
    }
}
