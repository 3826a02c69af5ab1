package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogsourceMappingTest {

    private static Event map(Map<String, Object> record) {
        return LogsourceMapping.toEvent(7, new LinkedHashMap<>(record), Instant.EPOCH);
    }

    @Test
    void sysmonEventIdsBecomeSigmaCategories() {
        String sysmon = "Microsoft-Windows-Sysmon/Operational";
        assertThat(map(Map.of("Channel", sysmon, "EventID", 1)).logsource())
                .isEqualTo(new LogSource("windows", "process_creation", "sysmon"));
        assertThat(map(Map.of("Channel", sysmon, "EventID", 3)).logsource().category()).isEqualTo("network_connection");
        assertThat(map(Map.of("Channel", sysmon, "EventID", 10)).logsource().category()).isEqualTo("process_access");
        assertThat(map(Map.of("Channel", sysmon, "EventID", 11)).logsource().category()).isEqualTo("file_event");
        assertThat(map(Map.of("Channel", sysmon, "EventID", "22")).logsource().category()).isEqualTo("dns_query");
        assertThat(map(Map.of("Channel", sysmon, "EventID", 12, "EventType", "CreateKey")).logsource().category())
                .isEqualTo("registry_add");
        assertThat(map(Map.of("Channel", sysmon, "EventID", 13)).logsource().category()).isEqualTo("registry_set");
    }

    @Test
    void registryEventRulesCoverEveryRegistryCategoryButNotOtherCategories() {
        LogSource rule = LogSource.category("windows", "registry_event");
        assertThat(LogsourceCoverage.covers(rule, new LogSource("windows", "registry_set", "sysmon"))).isTrue();
        assertThat(LogsourceCoverage.covers(rule, new LogSource("windows", "registry_delete", "sysmon"))).isTrue();
        assertThat(LogsourceCoverage.covers(rule, new LogSource("windows", "file_event", "sysmon"))).isFalse();
        assertThat(LogsourceCoverage.covers(LogSource.service("windows", "sysmon"),
                new LogSource("windows", "registry_set", "sysmon"))).isTrue();
    }

    @Test
    void securityChannelIsTheSecurityServiceAnd4688IsAlsoProcessCreationUnderSysmonNames() {
        Event logon = map(Map.of("Channel", "Security", "EventID", 4624, "SourceName", "Microsoft-Windows-Security-Auditing",
                "Hostname", "DC1", "TimeCreated", "2020-10-18 07:50:06.220"));
        assertThat(logon.logsource()).isEqualTo(LogSource.service("windows", "security"));
        assertThat(logon.field("Provider_Name")).isEqualTo("Microsoft-Windows-Security-Auditing");
        assertThat(logon.host()).isEqualTo("DC1");
        assertThat(logon.timestamp()).isEqualTo(Instant.parse("2020-10-18T07:50:06.220Z"));
        assertThat(logon.index()).isEqualTo(7);

        Event created = map(Map.of("Channel", "Security", "EventID", 4688, "NewProcessName", "C:\\x\\a.exe",
                "ParentProcessName", "C:\\x\\p.exe", "NewProcessId", "0x12d8", "ProcessId", "0x10",
                "SubjectUserName", "wardog", "SubjectDomainName", "WS5"));
        assertThat(created.logsource()).isEqualTo(new LogSource("windows", "process_creation", "security"));
        assertThat(created.fields()).containsEntry("Image", "C:\\x\\a.exe").containsEntry("ParentImage", "C:\\x\\p.exe")
                .containsEntry("ProcessId", "0x12d8").containsEntry("ParentProcessId", "0x10")
                .containsEntry("User", "WS5\\wardog");
    }

    @Test
    void cloudTrailRecordsKeepTheirNestedObjects() {
        Event event = map(Map.of("eventSource", "s3.amazonaws.com", "eventName", "ListBuckets",
                "@timestamp", "2020-09-14T00:44:23.000Z", "userIdentity", Map.of("type", "AssumedRole")));
        assertThat(event.logsource()).isEqualTo(LogSource.service("aws", "cloudtrail"));
        assertThat(new FieldPath("userIdentity.type").get(event)).isEqualTo("AssumedRole");
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2020-09-14T00:44:23Z"));
    }

    @Test
    void ourOwnLinesKeepTheirDeclaredLogsourceHostAndTime() {
        Event event = map(Map.of("@timestamp", "2025-03-01T08:00:00.000Z", "host", "ws1",
                "logsource", Map.of("product", "linux", "service", "sshd"), "message", "Failed password"));
        assertThat(event.logsource()).isEqualTo(LogSource.service("linux", "sshd"));
        assertThat(event.host()).isEqualTo("ws1");
        assertThat(event.fields()).containsOnlyKeys("message");
    }

    @Test
    void aRecordOfAnUnknownShapeHasAnEmptyLogsourceAndTheFallbackTime() {
        Event event = map(Map.of("msg", "hello"));
        assertThat(event.logsource()).isEqualTo(new LogSource(null, null, null));
        assertThat(event.timestamp()).isEqualTo(Instant.EPOCH);
    }
}
