package dev.nightshift.detection;

import static dev.nightshift.detection.Fixtures.SECURITY;
import static dev.nightshift.detection.Fixtures.T0;
import static dev.nightshift.detection.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterTest {

    private static final String RULE = Fixtures.FAILED_LOGON;

    private static final String FILTER = """
            title: Scanner account fails by design
            id: scanner-exclusion
            logsource: {product: windows, service: security}
            owner: j.doe
            reason: the vulnerability scanner tries default passwords every night (CHG-1234)
            expires: 2025-03-01
            filter:
              rules: [failed_logon]
              scanner: {TargetUserName|startswith: svc_scan}
              condition: not scanner
            """;

    @Test
    void aFilterExcludesMatchingEventsUntilItExpires() {
        RulePack pack = Fixtures.pack(RULE + FILTER);
        DetectionEngine engine = new DetectionEngine(pack);

        assertThat(engine.process(event(SECURITY, 0, Map.of("EventID", 4625, "TargetUserName", "svc_scanner")))).isEmpty();
        assertThat(engine.process(event(SECURITY, 1, Map.of("EventID", 4625, "TargetUserName", "bob")))).hasSize(1);
        long afterExpiry = 24 * 3600;
        assertThat(engine.process(event(SECURITY, afterExpiry,
                Map.of("EventID", 4625, "TargetUserName", "svc_scanner")))).hasSize(1);

        SigmaFilter filter = pack.filters().get(0);
        assertThat(filter.rules()).containsExactly("failed-logon");
        assertThat(filter.owner()).isEqualTo("j.doe");
        assertThat(filter.expires()).isEqualTo(Instant.parse("2025-03-02T00:00:00Z"));
        assertThat(filter.activeAt(T0)).isTrue();
        assertThat(filter.accountable()).isTrue();
        assertThat(pack.rules()).extracting(SigmaRule::id).containsExactly("failed-logon");
    }

    @Test
    void aFilterWithoutOwnerReasonOrExpiryLoadsButIsFlagged(@TempDir Path tmp) throws Exception {
        String bare = FILTER.replace("owner: j.doe\n", "").replace("expires: 2025-03-01\n", "");
        RulePack pack = Fixtures.pack(RULE + bare);
        assertThat(pack.filters()).singleElement().satisfies(f -> {
            assertThat(f.accountable()).isFalse();
            assertThat(f.missing()).containsExactly("owner", "expires");
            assertThat(f.activeAt(Instant.MAX)).isTrue();
        });

        Files.writeString(tmp.resolve("pack.yml"), RULE + bare);
        RuleValidation validation = RuleValidation.of(List.of(tmp.resolve("pack.yml")));
        assertThat(validation.exitCode()).isZero();
        assertThat(validation.warnings()).containsExactly(tmp.resolve("pack.yml") + ":9: warning: filter "
                + "'scanner-exclusion' has no owner, expires; every exclusion needs an owner, a reason and an expiry");
    }

    @Test
    void filterMistakesArePositionedErrors() {
        assertThat(Fixtures.errors(RULE + FILTER.replace("[failed_logon]", "[no_such_rule]")))
                .containsExactly("bad.yml:16:11: the filter applies to rule 'no_such_rule', which is not in the rule "
                        + "pack (or did not load)");
        assertThat(Fixtures.errors(RULE + FILTER.replace("expires: 2025-03-01", "expires: next week")))
                .containsExactly("bad.yml:14:10: 'expires' must be a date such as 2026-12-31 or an instant such as "
                        + "2026-12-31T18:00:00Z, not 'next week'");
        assertThat(Fixtures.errors(RULE + FILTER.replace("condition: not scanner", "condition: not scaner")))
                .containsExactly("bad.yml:18:18: the condition names 'scaner', which the detection does not define");
    }
}
