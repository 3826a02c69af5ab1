package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.Vocabulary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each noise source emits its real log's fields under its Sigma logsource, from many entities with varied values. */
class NoiseSourcesTest {

    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("windows-logons", List.of("EventID", "Channel", "Computer", "TargetUserName", "TargetDomainName", "LogonType")),
            Map.entry("windows-security", List.of("EventID", "Channel", "Provider_Name", "Computer")),
            Map.entry("sysmon", List.of("EventID", "Channel", "Provider_Name", "Computer")),
            Map.entry("linux-sshd", List.of("program", "pid", "message")),
            Map.entry("dns", List.of("src_ip", "query", "record_type", "response_code", "answer")),
            Map.entry("web-proxy", List.of("src_ip", "cs-method", "cs-host", "c-uri", "c-useragent", "cs-bytes", "sc-bytes", "sc-status")),
            Map.entry("firewall", List.of("src_ip", "src_port", "dst_ip", "dst_port", "protocol", "action")),
            Map.entry("vpn", List.of("srcuser", "public_ip", "srcregion", "src_city", "src_lat", "src_lon", "stage", "status")),
            Map.entry("idp-signin", List.of("UserPrincipalName", "IPAddress", "AppDisplayName", "ResultType", "Location")),
            Map.entry("cloudtrail", List.of("eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion",
                    "sourceIPAddress", "userAgent", "requestID", "eventID", "eventType")),
            Map.entry("email-gateway", List.of("direction", "sender", "sender_ip", "recipient", "subject", "message_id", "verdict", "action")));

    static List<String> sources() {
        return Vocabulary.SOURCES;
    }

    static List<Event> oneHourOf(String source) throws Exception {
        Scenario scenario = TestScenarios.of("2h", "- {source: " + source + ", rate_per_hour: 3000, profile: office, burst: 30}", "", "", "");
        return TestScenarios.all(scenario, 3);
    }

    @Test
    void theRegistryImplementsExactlyTheVocabulary() {
        assertThat(NoiseSources.REGISTRY.keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.SOURCES);
        assertThat(Lookalikes.REGISTRY.keySet()).containsExactlyElementsOf(Vocabulary.lookalikes().keySet());
        assertThat(Emitters.REGISTRY.keySet()).containsExactlyElementsOf(Vocabulary.emitters().keySet());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void eachSourceEmitsItsLogsFieldsFromManyEntitiesWithVariedValues(String source) throws Exception {
        List<Event> events = oneHourOf(source);

        assertThat(events).hasSizeGreaterThan(500);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.fields()).containsKeys(FIELDS.get(source).toArray(String[]::new));
            assertThat(e.truth()).isEqualTo(Truth.benign());
        });
        Set<Object> entities = events.stream().map(e -> entity(e)).collect(Collectors.toSet());
        assertThat(entities).as("entities of %s", source).hasSizeGreaterThan(source.equals("linux-sshd") ? 2 : 10);
        Map<Object, Long> perType = events.stream().collect(Collectors.groupingBy(NoiseSourcesTest::type, Collectors.counting()));
        assertThat(perType).as("event types of %s", source).hasSizeGreaterThan(source.equals("linux-sshd") ? 3 : 2);
    }

    @Test
    void windowsSecurityCoversTheAuditEventsBeyondLogons() throws Exception {
        Set<Object> ids = oneHourOf("windows-security").stream().map(e -> e.field("EventID")).collect(Collectors.toSet());

        assertThat(ids).contains(4672, 4688, 4768, 4769, 4771, 4776, 5140, 5145);
    }

    @Test
    void sysmonEmitsProcessNetworkAccessFileRegistryAndDnsEventsUnderSigmaCategoriesWithTheirSecurityTwins() throws Exception {
        Map<Object, Set<String>> categories = oneHourOf("sysmon").stream().collect(Collectors.groupingBy(e -> e.field("EventID"),
                Collectors.mapping(e -> e.logsource().category(), Collectors.toSet())));

        assertThat(categories).containsEntry(4688, Set.of("process_creation")).containsEntry(1, Set.of("process_creation")).containsEntry(3, Set.of("network_connection"))
                .containsEntry(10, Set.of("process_access")).containsEntry(11, Set.of("file_event"))
                .containsEntry(13, Set.of("registry_set")).containsEntry(22, Set.of("dns_query"));
    }

    @Test
    void benignLsassAccessUsesALimitedMaskAndKerberosSometimesAsksForRc4() throws Exception {
        List<Event> sysmon = oneHourOf("sysmon");
        assertThat(sysmon).filteredOn(e -> Integer.valueOf(10).equals(e.field("EventID")))
                .extracting(e -> e.field("GrantedAccess")).isNotEmpty().allMatch(a -> a.equals("0x1000") || a.equals("0x1400"));
        assertThat(oneHourOf("windows-security")).filteredOn(e -> Integer.valueOf(4769).equals(e.field("EventID")))
                .extracting(e -> e.field("TicketEncryptionType")).contains("0x12", "0x17");
    }

    @Test
    void sourcesCarryTheirSigmaLogsource() throws Exception {
        assertThat(oneHourOf("dns").get(0).logsource().category()).isEqualTo("dns");
        assertThat(oneHourOf("web-proxy").get(0).logsource().category()).isEqualTo("proxy");
        assertThat(oneHourOf("firewall").get(0).logsource().category()).isEqualTo("firewall");
        assertThat(oneHourOf("cloudtrail").get(0).logsource()).isEqualTo(LogSource.service("aws", "cloudtrail"));
        assertThat(oneHourOf("idp-signin").get(0).logsource()).isEqualTo(LogSource.service("azure", "signinlogs"));
    }

    @Test
    void activityIsHeavyTailedAcrossUsers() throws Exception {
        Map<Object, Long> perUser = oneHourOf("web-proxy").stream().collect(Collectors.groupingBy(e -> e.field("cs-username"), Collectors.counting()));
        List<Long> counts = perUser.values().stream().sorted((a, b) -> Long.compare(b, a)).toList();
        long top = counts.subList(0, Math.max(1, counts.size() / 5)).stream().mapToLong(Long::longValue).sum();

        assertThat((double) top / counts.stream().mapToLong(Long::longValue).sum()).as("share of the busiest fifth").isGreaterThan(0.35);
    }

    private static Object entity(Event e) {
        for (String key : List.of("cs-username", "srcuser", "UserPrincipalName", "recipient", "src_ip", "TargetUserName", "SubjectUserName", "User")) {
            Object v = e.field(key);
            if (v != null) {
                return v;
            }
        }
        Object identity = e.field("userIdentity");
        return identity instanceof Map<?, ?> m ? m.get("arn") : e.host();
    }

    private static Object type(Event e) {
        for (String key : List.of("EventID", "cs-method", "record_type", "direction", "action", "stage", "ResultType", "eventName")) {
            Object v = e.field(key);
            if (v != null) {
                return key + "=" + v + (key.equals("cs-method") ? e.field("sc-status") : "") + (key.equals("action") ? e.field("dst_port") : "")
                        + (key.equals("record_type") ? e.field("response_code") : "") + (key.equals("direction") ? e.field("action") : "");
            }
        }
        Object message = e.field("message");
        return message == null ? "?" : message.toString().split(" ")[0];
    }

    static Collection<Object> values(List<Event> events, String field) {
        return events.stream().map(e -> e.field(field)).collect(Collectors.toSet());
    }
}
