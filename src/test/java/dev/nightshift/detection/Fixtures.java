package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import dev.nightshift.telemetry.Truth;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds rule packs and events for the detection tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    static final LogSource SECURITY = LogSource.service("windows", "security");
    static final LogSource PROCESS = LogSource.category("windows", "process_creation");
    /** A failed-logon detection named {@code failed_logon}, for correlation and filter tests to build on. */
    static final String FAILED_LOGON = """
            title: Failed logon
            id: failed-logon
            name: failed_logon
            logsource: {product: windows, service: security}
            detection:
              sel: {EventID: 4625}
              condition: sel
            ---
            """;

    private Fixtures() {
    }

    /** A pack from one YAML text, asserting that it loaded without errors. */
    static RulePack pack(String yaml) {
        RulePack pack = RulePack.parse(List.of(new SigmaSource("test.yml", yaml)));
        assertThat(pack.errors()).extracting(RuleError::format).isEmpty();
        return pack;
    }

    /** The formatted errors of one YAML text. */
    static List<String> errors(String yaml) {
        return RulePack.parse(List.of(new SigmaSource("bad.yml", yaml))).errors().stream()
                .map(RuleError::format).toList();
    }

    /** A one-rule pack whose detection is the given YAML lines, for the process_creation logsource. */
    static DetectionEngine engine(String detection) {
        return new DetectionEngine(pack("""
                title: test rule
                id: rule-1
                logsource:
                  product: windows
                  category: process_creation
                detection:
                """ + detection.indent(2)));
    }

    static Event event(Map<String, Object> fields) {
        return event(PROCESS, 0, fields);
    }

    static Event event(LogSource source, long seconds, Map<String, Object> fields) {
        return new Event(seconds, T0.plus(Duration.ofSeconds(seconds)), source, "ws1", new LinkedHashMap<>(fields),
                Truth.benign());
    }

    /** Whether a one-rule engine raises an alert for an event with these fields. */
    static boolean fires(String detection, Map<String, Object> fields) {
        return !engine(detection).process(event(fields)).isEmpty();
    }
}
