package dev.nightshift.scenario;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a stage's {@code actor} and {@code target}: each entity reference, checked against the earlier stages and the organisation's servers. */
final class StageEntityReader {

    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private final Problems problems;
    private final Map<String, Set<EntityKind>> earlier;
    private final Organisation organisation;

    StageEntityReader(Problems problems, Map<String, Set<EntityKind>> earlier, Organisation organisation) {
        this.problems = problems;
        this.earlier = earlier;
        this.organisation = organisation;
    }

    Map<EntityKind, EntityRef> entities(YamlMap stage, String key) {
        Map<EntityKind, EntityRef> out = new EnumMap<>(EntityKind.class);
        if (!stage.has(key)) {
            return out;
        }
        YamlMap m = stage.map(key, false);
        if (m == null) {
            return null;
        }
        int before = problems.count();
        for (EntityKind kind : EntityKind.values()) {
            String text = m.text(kind.word(), false);
            if (text != null) {
                EntityRef ref = ref(kind, text, m.value(kind.word(), false), m.child(kind.word()));
                if (ref != null) {
                    out.put(kind, ref);
                }
            }
        }
        m.rejectUnknown();
        return problems.count() > before ? null : out;
    }

    EntityRef ref(EntityKind kind, String text, Node node, String path) {
        EntityRef ref;
        try {
            ref = EntityRef.parse(text);
        } catch (IllegalArgumentException e) {
            problems.at(node, path, e.getMessage());
            return null;
        }
        String problem = switch (ref.form()) {
            case EXTERNAL -> kind == EntityKind.IP ? null : "only an ip can be external";
            case RANDOM -> kind == EntityKind.IP ? "an ip cannot be random; use external or an address" : null;
            case ROLE -> kind != EntityKind.HOST ? "only a host has a role"
                    : HostRole.parse(ref.value()).isPresent() ? missingRole(HostRole.parse(ref.value()).get())
                    : "unknown host role '" + ref.value() + "'; use one of " + Arrays.stream(HostRole.values())
                            .map(HostRole::word).collect(Collectors.joining(", "));
            case STAGE -> !earlier.containsKey(ref.value()) ? "no earlier stage '" + ref.value() + "'"
                    : earlier.get(ref.value()).contains(kind) ? null
                    : "stage '" + ref.value() + "' has no " + kind.word();
            case WORKSTATION -> kind == EntityKind.HOST ? null : "only a host can be the user's workstation";
            case NAME -> kind == EntityKind.IP && !IPV4.matcher(ref.value()).matches()
                    ? "an ip must be an IPv4 address, got '" + ref.value() + "'" : null;
        };
        if (problem != null) {
            problems.at(node, path, problem);
            return null;
        }
        return ref;
    }

    /** Why the organisation has no host of {@code role}, or null when it has one (or could not be read). */
    String missingRole(HostRole role) {
        if (organisation == null || role == HostRole.WORKSTATION) {
            return null;
        }
        if (role == HostRole.LINUX_SERVER) {
            return organisation.linuxServers() > 0 ? null : "this organisation has no Linux servers; set organisation.linux_servers";
        }
        return organisation.servers().contains(role) ? null
                : "this organisation has no " + role.word() + "; add it to organisation.servers";
    }

    /** The entity kinds a stage names under actor and target, read leniently: later stages may refer to them even when a value is wrong. */
    Set<EntityKind> namedKinds(YamlMap stage) {
        Set<EntityKind> out = EnumSet.noneOf(EntityKind.class);
        for (String side : List.of("actor", "target")) {
            Node node = stage.value(side, false);
            YamlMap m = node == null ? null : YamlMap.of(new Problems(problems.file()), node, "");
            for (EntityKind kind : EntityKind.values()) {
                if (m != null && m.has(kind.word())) {
                    out.add(kind);
                }
            }
        }
        return out;
    }
}
