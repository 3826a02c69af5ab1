package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.Vocabulary;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each look-alike emits benign events labelled with its kind, shaped like the attacks it imitates. */
class LookalikesTest {

    static List<String> kinds() {
        return List.copyOf(Vocabulary.lookalikes().keySet());
    }

    static List<Event> of(String kind, String size) throws Exception {
        Scenario scenario = TestScenarios.of("8h", "", "- {kind: " + kind + ", count: 2" + size + "}", "",
                "servers: [domain-controller, file-server, mail-server, remote-access, backup-server]\nvpn_exits: [US]");
        return TestScenarios.all(scenario, 9);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void eachKindEmitsEventsLabelledWithIt(String kind) throws Exception {
        List<Event> events = of(kind, "");

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.truth()).isEqualTo(Truth.lookalike(kind)));
    }

    @Test
    void aVpnExitAbroadFollowsAnOfficeSignIn() throws Exception {
        List<Event> events = of("vpn-abroad", "");

        assertThat(events).anySatisfy(e -> assertThat(e.field("srcregion")).isEqualTo("US"));
        assertThat(events).filteredOn(e -> e.field("Location") != null).extracting(e -> (Object) ((java.util.Map<?, ?>) e.field("Location")).get("countryOrRegion"))
                .contains((Object) "GB", (Object) "US");
    }

    @Test
    void theManagementAgentRunsEncodedPowerShell() throws Exception {
        assertThat(of("admin-encoded-powershell", "")).anySatisfy(e -> {
            assertThat((String) e.field("CommandLine")).contains(" -EncodedCommand ");
            assertThat((String) e.field("ParentImage")).endsWith("CcmExec.exe");
        });
    }

    @Test
    void theBackupJobWritesHundredsOfFilesToANewExtension() throws Exception {
        List<Event> events = of("backup-rename", ", files: 300");

        assertThat(events).hasSize(600).allSatisfy(e -> assertThat((String) e.field("TargetFilename")).endsWith(".vbk"));
    }

    @Test
    void theScannerSweepsManyHostsAndPorts() throws Exception {
        List<Event> events = of("vulnerability-scan", ", hosts: 20");
        Set<Object> targets = events.stream().map(e -> e.field("dst_ip")).collect(Collectors.toSet());

        assertThat(targets).hasSizeGreaterThan(10);
        assertThat(events).anySatisfy(e -> assertThat(e.field("EventID")).isEqualTo(4625));
    }

    @Test
    void aStalePasswordOnAPhoneEndsInALockout() throws Exception {
        Set<Object> ids = of("password-change-lockout", ", attempts: 6").stream().map(e -> e.field("EventID")).collect(Collectors.toSet());

        assertThat(ids).containsExactlyInAnyOrder(4625, 4771, 4740);
    }

    @Test
    void theOnboardingScriptCreatesAccountsAndAddsThemToGroups() throws Exception {
        Set<Object> ids = of("it-account-script", ", accounts: 2").stream().map(e -> e.field("EventID")).collect(Collectors.toSet());

        assertThat(ids).contains(1, 4720, 4722, 4728);
    }

    @Test
    void telemetryLookupsAreLongAndRandomLooking() throws Exception {
        assertThat(of("telemetry-dns", ", queries: 10")).filteredOn(e -> e.field("query") != null)
                .allSatisfy(e -> assertThat(((String) e.field("query")).length()).isGreaterThan(60));
    }

    @Test
    void adminShareAccessLooksLikeRemoteServiceInstallation() throws Exception {
        Set<Object> ids = of("admin-share-access", ", hosts: 3").stream().map(e -> e.field("EventID")).collect(Collectors.toSet());

        assertThat(ids).contains(4624, 5140, 5145, 4697);
    }
}
