package dev.nightshift.scenario;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads a stage's {@code spread} mapping: {@code every}, {@code hosts} per wave, {@code limit} in all, and the {@code role} of the hosts it reaches. */
final class SpreadReader {

    private SpreadReader() {
    }

    static Spread read(Problems problems, YamlMap m) {
        if (m == null) {
            return null;
        }
        int before = problems.count();
        Duration every = m.duration("every", true);
        if (every != null && every.isZero()) {
            problems.at(m.value("every", false), m.child("every"), "every must be longer than zero");
        }
        Long hosts = m.has("hosts") ? m.whole("hosts", false, 1, 100) : Long.valueOf(1);
        Long limit = m.has("limit") ? m.whole("limit", false, 2, 1000) : Long.valueOf(20);
        HostRole role = HostRole.WORKSTATION;
        if (m.has("role")) {
            String word = m.text("role", false);
            role = word == null ? null : HostRole.parse(word).orElse(null);
            if (word != null && role == null) {
                problems.at(m.value("role", false), m.child("role"), "unknown host role '" + word + "'; use one of "
                        + Arrays.stream(HostRole.values()).map(HostRole::word).collect(Collectors.joining(", ")));
            }
        }
        m.rejectUnknown();
        if (problems.count() > before || every == null || hosts == null || limit == null || role == null) {
            return null;
        }
        return new Spread(every, hosts.intValue(), limit.intValue(), role);
    }
}
