package dev.nightshift.engineer;

import dev.nightshift.game.GameException;
import java.util.Objects;

/**
 * One term of an exclusion, {@code field=value} or {@code field|modifier=value} (Sigma's own modifiers, such as
 * {@code CommandLine|contains=backup.ps1}); {@code *} and {@code ?} in the value are Sigma wildcards.
 */
public record Term(String field, String value) {

    public Term {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }

    /** Reads {@code field=value}; the first {@code =} splits it. */
    public static Term parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw GameException.badInput("an exclusion is field=value (or field|contains=value), got '" + text + "'");
        }
        String field = text.substring(0, eq).trim();
        String value = text.substring(eq + 1).trim();
        if (field.endsWith("!")) {
            throw GameException.badInput("an exclusion names what to leave out, field=value: '" + text
                    + "' would exclude everything else");
        }
        if (value.isEmpty()) {
            throw GameException.badInput("the exclusion '" + text + "' has no value after '='");
        }
        return new Term(field, value);
    }

    /** The field without its modifiers. */
    public String bareField() {
        int bar = field.indexOf('|');
        return bar < 0 ? field : field.substring(0, bar);
    }

    public String text() {
        return field + "=" + value;
    }
}
