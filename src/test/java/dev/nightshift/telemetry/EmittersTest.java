package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.attack.AttackCatalogue;
import dev.nightshift.attack.Tactic;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.Vocabulary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every technique's default emitter leaves the telemetry a real execution leaves, labelled with its stage and technique. */
class EmittersTest {

    static List<String> techniques() {
        return List.copyOf(Vocabulary.techniqueDefaults().keySet());
    }

    static List<Event> attack(String technique, String emits) throws Exception {
        String kind = Vocabulary.defaultEmitter(technique).orElseThrow();
        Set<EntityKind> needs = Vocabulary.emitter(kind).orElseThrow().needs();
        String host = kind.equals("ssh-brute-force") ? "role:linux-server" : kind.equals("share-harvest") ? "role:file-server"
                : kind.equals("create-account") || kind.equals("add-to-group") ? "role:domain-controller" : "workstation";
        String actor = (needs.contains(EntityKind.IP) ? "ip: external, " : "") + (needs.contains(EntityKind.USER) ? "user: \"random:IT\"" : "");
        String attack = """
                attack:
                  stages:
                    - id: s
                      technique: %s
                      at: 5m
                      actor: {%s}
                      %s
                      %s
                """.formatted(technique, actor.replaceAll(", $", ""), needs.contains(EntityKind.HOST) ? "target: {host: \"" + host + "\"}" : "",
                emits.isEmpty() ? "" : "emits: " + emits);
        Scenario scenario = TestScenarios.of("1h", "", "", attack, "");
        return TestScenarios.all(scenario, 5).stream().filter(e -> e.truth().isAttack()).toList();
    }

    @Test
    void atLeastTwentyFiveTechniquesAcrossTenTacticsAllInTheCatalogue() {
        AttackCatalogue catalogue = AttackCatalogue.enterprise();
        Set<String> tactics = techniques().stream().flatMap(t -> catalogue.technique(t).orElseThrow().tactics().stream())
                .map(Tactic::shortName).collect(Collectors.toSet());

        assertThat(techniques()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(tactics).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest
    @MethodSource("techniques")
    void eachTechniqueEmitsLabelledEventsThatLookLikeNoise(String technique) throws Exception {
        List<Event> events = technique.equals("T1136.001") || technique.equals("T1136.002")
                ? attack(technique, "{kind: create-account, account: helpdesk2}") : attack(technique, "");

        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.truth().stage()).isEqualTo("s");
            assertThat(e.truth().technique()).isEqualTo(technique);
            assertThat(e.fields()).doesNotContainKeys("truth", "technique", "lookalike");
        });
    }

    @Test
    void lsassDumpOpensLsassWithFullAccessThenWritesADump() throws Exception {
        List<Event> events = attack("T1003.001", "");

        assertThat(events).anySatisfy(e -> {
            assertThat(e.logsource().category()).isEqualTo("process_access");
            assertThat(e.field("EventID")).isEqualTo(10);
            assertThat(e.field("TargetImage")).isEqualTo("C:\\Windows\\system32\\lsass.exe");
            assertThat(e.field("GrantedAccess")).isEqualTo("0x1fffff");
            assertThat((String) e.field("CallTrace")).contains("comsvcs.dll");
        });
        assertThat(events).anySatisfy(e -> assertThat((String) e.field("CommandLine")).contains("comsvcs.dll MiniDump").endsWith(" full"));
        assertThat(events).anySatisfy(e -> assertThat((String) e.field("TargetFilename")).endsWith(".dmp"));
    }

    @Test
    void encryptionRenamesFilesToANewExtensionAtHundredsAMinute() throws Exception {
        List<Event> files = attack("T1486", "{kind: encrypt-files, files: 600, per_minute: 300, extension: .locked}").stream()
                .filter(e -> Integer.valueOf(11).equals(e.field("EventID"))).toList();
        List<Event> locked = files.stream().filter(e -> ((String) e.field("TargetFilename")).endsWith(".locked")).toList();
        Duration span = Duration.between(locked.get(0).timestamp(), locked.get(locked.size() - 1).timestamp());

        assertThat(locked).hasSize(600);
        assertThat(600.0 / span.toMillis() * 60_000).isBetween(200.0, 450.0);
        assertThat(files).anySatisfy(e -> assertThat((String) e.field("TargetFilename")).endsWith("HOW_TO_RECOVER_FILES.txt"));
    }

    @Test
    void dnsTunnelAsksLongHighEntropyNamesAtBeaconIntervals() throws Exception {
        List<Event> queries = attack("T1071.004", "{kind: dns-tunnel, domain: sync.example, interval: 20s, count: 50}").stream()
                .filter(e -> e.logsource().category().equals("dns")).toList();

        assertThat(queries).hasSize(50).allSatisfy(e -> {
            String q = (String) e.field("query");
            assertThat(q).endsWith(".sync.example").hasSizeGreaterThan(60);
            assertThat(entropy(q.substring(0, q.indexOf('.')))).isGreaterThan(3.5);
        });
        for (int i = 1; i < queries.size(); i++) {
            assertThat(Duration.between(queries.get(i - 1).timestamp(), queries.get(i).timestamp()).toMillis()).isBetween(14_000L, 26_000L);
        }
    }

    @Test
    void kerberoastingAsksForRc4ServiceTickets() throws Exception {
        assertThat(attack("T1558.003", "")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.field("EventID")).isEqualTo(4769);
            assertThat(e.field("TicketEncryptionType")).isEqualTo("0x17");
        });
    }

    @Test
    void shadowCopiesAreDeletedWithVssadminAndRecoveryIsSwitchedOff() throws Exception {
        Set<Object> lines = attack("T1490", "").stream().map(e -> e.field("CommandLine")).collect(Collectors.toSet());

        assertThat(lines).contains("vssadmin.exe delete shadows /all /quiet", "bcdedit.exe /set {default} recoveryenabled No");
    }

    @Test
    void smbLateralMovementLogsOnOverNtlmOpensAdminShareAndInstallsAService() throws Exception {
        Set<Object> ids = attack("T1021.002", "").stream().map(e -> e.field("EventID")).collect(Collectors.toSet());

        assertThat(ids).contains(4624, 4672, 5140, 5145, 4697, 1, 4688);
    }

    @Test
    void anHttpBeaconChecksInAboutEveryInterval() throws Exception {
        List<Instant> times = attack("T1071.001", "{kind: http-beacon, interval: 60s, count: 30}").stream().map(Event::timestamp).toList();

        assertThat(times).hasSize(30);
        assertThat(Duration.between(times.get(0), times.get(29)).toSeconds()).isBetween(29L * 48, 29L * 72);
    }

    @Test
    void aLeakedKeyIsUsedFromOutsideWithTheCliOnLinux() throws Exception {
        List<Event> calls = attack("T1530", "{kind: aws-api, calls: 30}");

        assertThat(calls).hasSize(30).allSatisfy(e -> {
            assertThat(e.field("eventName")).isEqualTo("GetObject");
            assertThat((String) e.field("userAgent")).contains("Linux");
            assertThat(((Map<?, ?>) e.field("userIdentity")).get("type")).isEqualTo("IAMUser");
        });
    }

    static double entropy(String s) {
        Map<Character, Long> counts = s.chars().mapToObj(c -> (char) c).collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        return counts.values().stream().mapToDouble(n -> {
            double p = (double) n / s.length();
            return -p * Math.log(p) / Math.log(2);
        }).sum();
    }
}
