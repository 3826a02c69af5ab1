package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesFormatTest {

    @Test
    void writesTimestampHostLogsourceThenFieldsInOrderAndNeverTheTruth() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("EventID", 4625);
        fields.put("TargetUserName", "j.smith \"quoted\"");
        fields.put("Elevated", true);
        Event event = new Event(3, Instant.parse("2026-03-10T08:30:00Z"), LogSource.service("windows", "security"), "DC01",
                fields, Truth.attack("spray", "T1110.003"));

        assertThat(JsonLinesFormat.format(event)).isEqualTo("{\"@timestamp\":\"2026-03-10T08:30:00.000Z\",\"host\":\"DC01\","
                + "\"logsource\":{\"product\":\"windows\",\"service\":\"security\"},\"EventID\":4625,"
                + "\"TargetUserName\":\"j.smith \\\"quoted\\\"\",\"Elevated\":true}");
    }
}
