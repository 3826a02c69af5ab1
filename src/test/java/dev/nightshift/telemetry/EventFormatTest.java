package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EventFormatTest {

    private static final Instant T = Instant.parse("2026-03-10T09:08:37.051Z");

    private static Event failedLogon() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("EventID", 4625);
        f.put("Channel", "Security");
        f.put("Provider_Name", "Microsoft-Windows-Security-Auditing");
        f.put("Computer", "RDS01.harbourfinch.local");
        f.put("SubjectUserName", "-");
        f.put("TargetUserName", "payroll");
        f.put("Status", "0xC000006D");
        f.put("LogonType", 3);
        f.put("IpAddress", "198.51.100.219");
        f.put("IpPort", "58787");
        return new Event(3, T, LogSource.service("windows", "security"), "RDS01", f, Truth.attack("spray", "T1110.003"));
    }

    private static Event sshd(String message) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("program", "sshd");
        f.put("pid", 25872);
        f.put("user", "e.reinger");
        f.put("src_ip", "10.128.21.183");
        f.put("message", message);
        return new Event(0, T, LogSource.service("linux", "sshd"), "lnx-app01", f, Truth.benign());
    }

    private static String write(String format, Event e) throws IOException {
        StringBuilder out = new StringBuilder();
        EventFormat.named(format).orElseThrow().write(e, out);
        return out.toString();
    }

    @Test
    void cefMapsCommonFactsToItsOwnKeysAndEscapes() throws IOException {
        assertThat(write("cef", failedLogon())).isEqualTo(
                "CEF:0|nightshift|windows|1.0|4625|An account failed to log on|5|rt=1773133717051 dvchost=RDS01"
                        + " suser=payroll src=198.51.100.219 spt=58787 outcome=failure cs1Label=Status cs1=0xC000006D"
                        + " cs2Label=LogonType cs2=3\n");
        assertThat(CefFormat.header("a|b\\c")).isEqualTo("a\\|b\\\\c");
        assertThat(CefFormat.extension("k=v\\x\ny")).isEqualTo("k\\=v\\\\x\\ny");
    }

    @Test
    void syslogIsRfc5424WithStructuredDataAndTheNativeMessage() throws IOException {
        assertThat(write("syslog", sshd("Failed password for e.reinger from 10.128.21.183 port 51695 ssh2")))
                .isEqualTo("<37>1 2026-03-10T09:08:37.051Z lnx-app01 sshd 25872 - [nightshift@32473 program=\"sshd\""
                        + " pid=\"25872\" user=\"e.reinger\" src_ip=\"10.128.21.183\"] Failed password for e.reinger"
                        + " from 10.128.21.183 port 51695 ssh2\n");
        assertThat(write("syslog", failedLogon())).startsWith("<37>1 2026-03-10T09:08:37.051Z RDS01"
                + " Microsoft-Windows-Security-Auditing - 4625 [nightshift@32473 EventID=\"4625\"")
                .endsWith("] An account failed to log on\n");
    }

    @Test
    void ecsMapsFieldsKeepsWinlogAndTheOriginal() throws IOException {
        String ecs = write("ecs", failedLogon());
        assertThat(ecs).startsWith("{\"@timestamp\":\"2026-03-10T09:08:37.051Z\",\"ecs\":{\"version\":\"8.11.0\"},"
                + "\"event\":{\"kind\":\"event\",\"category\":[\"authentication\"],\"type\":[\"start\"],"
                + "\"outcome\":\"failure\",\"code\":\"4625\",\"provider\":\"Microsoft-Windows-Security-Auditing\","
                + "\"module\":\"windows\",\"dataset\":\"windows.security\",\"original\":");
        assertThat(ecs).contains("\"user\":{\"name\":\"payroll\"}", "\"source\":{\"ip\":\"198.51.100.219\",\"port\":58787}",
                "\"winlog\":{\"event_id\":\"4625\",\"channel\":\"Security\"",
                "\"event_data\":{\"SubjectUserName\":\"-\",\"TargetUserName\":\"payroll\"");
    }

    @Test
    void noFormatWritesTheTruth() throws IOException {
        for (String format : EventFormat.NAMES) {
            String line = write(format, failedLogon());
            assertThat(line).as(format).doesNotContain("spray").doesNotContain("T1110").doesNotContain("attack");
            assertThat(line).as(format).endsWith("\n").hasLineCount(1);
        }
    }

    @Test
    void unknownFormatIsAbsent() {
        assertThat(EventFormat.named("xml")).isEmpty();
        assertThat(EventFormat.named("CEF")).isPresent();
    }

    @Property
    void cefExtensionValuesNeverBreakTheLine(@ForAll String value) {
        String escaped = CefFormat.extension(value);
        assertThat(escaped).doesNotContain("\n").doesNotContain("\r");
        assertThat(escaped.replaceAll("\\\\.", "")).doesNotContain("=").doesNotContain("\\");
    }

    @Property
    void syslogParamValuesNeverCloseTheElement(@ForAll String value) {
        String escaped = SyslogFormat.paramValue(value);
        assertThat(escaped.replaceAll("\\\\.", "")).doesNotContain("\"").doesNotContain("]").doesNotContain("\\");
        assertThat(SyslogFormat.paramName(value)).hasSizeLessThanOrEqualTo(32).doesNotContain("=", " ", "]", "\"");
    }
}
