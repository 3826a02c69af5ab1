package dev.nightshift.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a scenario's written playbook, the procedure a careful analyst follows for one rule's alerts; the
 * scripted expert of {@code scenario calibrate} plays it. An alert of {@code rule} (a title or id) is an attack when
 * any of its events matches the search {@code attackWhen} (null: never); then the entities named by the fields of
 * {@code contain} are contained and the alert escalated at {@code escalate} (null: not escalated). Other alerts are
 * closed as benign, in bulk with {@code --where benignWhere} when that is given.
 */
public record Play(String rule, String attackWhen, String benignWhere, Map<EntityKind, String> contain,
                   String escalate) {

    public Play {
        Objects.requireNonNull(rule, "rule");
        contain = Collections.unmodifiableMap(contain.isEmpty() ? new EnumMap<>(EntityKind.class) : new EnumMap<>(contain));
    }
}
