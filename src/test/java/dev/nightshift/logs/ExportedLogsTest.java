package dev.nightshift.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.pipeline.InputProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportedLogsTest {

    private static final Path DIR = Path.of("src/test/resources/logs");

    static List<LogRecord> read(Path file, LogFormat format, List<InputProblem> problems) {
        List<LogRecord> records = new ArrayList<>();
        try (LogReader reader = LogReader.open(file, format, problems)) {
            for (LogRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    @Test
    void evtxDumpJsonWithRecordLinesDataListsAndUserDataFlattensToSigmaFieldNames() {
        List<InputProblem> problems = new ArrayList<>();
        List<LogRecord> records = read(DIR.resolve("defender-and-powershell.evtx.json"), LogFormat.AUTO, problems);
        assertThat(problems).isEmpty();
        assertThat(records).extracting(LogRecord::index).containsExactly(0L, 1L, 2L);
        assertThat(records).extracting(LogRecord::line).containsExactly(2, 24, 42);
        assertThat(records.get(0).fields()).containsEntry("EventID", 1116)
                .containsEntry("Channel", "Microsoft-Windows-Windows Defender/Operational")
                .containsEntry("Provider_Name", "Microsoft-Windows-Windows Defender")
                .containsEntry("Computer", "WS-07.corp.example").containsEntry("UserID", "S-1-5-18")
                .containsEntry("TimeCreated", "2024-05-02T10:15:00.123456Z")
                .containsEntry("Threat Name", "HackTool:Win64/Mimikatz!pz");
        assertThat(records.get(1).fields()).containsEntry("EventID", 4104).containsEntry("MessageNumber", "1")
                .containsEntry("ScriptBlockText", "Invoke-Mimikatz -DumpCreds").containsEntry("Path", "");
        assertThat(records.get(2).fields()).containsEntry("SubjectUserName", "admin")
                .containsEntry("SubjectDomainName", "CORP").doesNotContainKey("xmlns");
    }

    @Test
    void windowsEventXmlWithDeclarationAndRootReadsLikeEvtxJson() {
        List<InputProblem> problems = new ArrayList<>();
        List<LogRecord> records = read(DIR.resolve("security.xml"), LogFormat.AUTO, problems);
        assertThat(problems).isEmpty();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields()).containsEntry("EventID", 4688).containsEntry("Channel", "Security")
                .containsEntry("NewProcessName", "C:\\Windows\\System32\\rundll32.exe")
                .containsEntry("TargetUserName", "").containsEntry("TimeCreated", "2024-05-02T09:00:01.000Z");
        assertThat(records.get(1).fields()).containsEntry("EventID", 7045)
                .containsEntry("Provider_Name", "Service Control Manager")
                .containsEntry("ImagePath", "C:\\Users\\Public\\evil.exe");
        assertThat(records.get(1).line()).isEqualTo(4);
    }

    @Test
    void cloudTrailRecordsAreOneRecordEach() {
        List<InputProblem> problems = new ArrayList<>();
        List<LogRecord> records = read(DIR.resolve("cloudtrail.json"), LogFormat.AUTO, problems);
        assertThat(problems).isEmpty();
        assertThat(records).extracting(r -> r.fields().get("eventName")).containsExactly("ListBuckets",
                "CreateAccessKey");
        assertThat(records).extracting(LogRecord::line).containsExactly(2, 3);
    }

    @Test
    void winlogbeatDocumentsBecomeWindowsRecords() {
        List<InputProblem> problems = new ArrayList<>();
        List<LogRecord> records = read(DIR.resolve("winlogbeat.ndjson"), LogFormat.AUTO, problems);
        assertThat(problems).isEmpty();
        assertThat(records.get(0).fields()).containsEntry("Channel", "Microsoft-Windows-Sysmon/Operational")
                .containsEntry("EventID", 1).containsEntry("Hostname", "ws-07").containsEntry("EventRecordID", 42)
                .containsEntry("Image", "C:\\Windows\\System32\\rundll32.exe");
    }

    @Test
    void ourOwnEcsExportReadsBackAsTheOriginalLine() throws Exception {
        Path dir = Files.createTempDirectory("ecs");
        Path file = dir.resolve("ours.ecs.jsonl");
        Files.writeString(file, "{\"@timestamp\":\"2026-03-10T08:00:00.000Z\",\"ecs\":{\"version\":\"8.11.0\"},"
                + "\"event\":{\"kind\":\"event\",\"original\":\"{\\\"@timestamp\\\":\\\"2026-03-10T08:00:00.000Z\\\","
                + "\\\"host\\\":\\\"DC01\\\",\\\"logsource\\\":{\\\"product\\\":\\\"windows\\\",\\\"service\\\":"
                + "\\\"security\\\"},\\\"EventID\\\":4625}\"}}\n");
        List<InputProblem> problems = new ArrayList<>();
        List<LogRecord> records = read(file, LogFormat.ECS, problems);
        assertThat(problems).isEmpty();
        assertThat(records.get(0).fields()).containsEntry("EventID", 4625).containsEntry("host", "DC01")
                .containsKey("logsource");
    }

    @Test
    void aBrokenFirstLineIsReportedAndTheOtherLinesStillRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, "{\"EventID\": 4625,, \"x\": 1}\n{\"EventID\": 4624}\n");
        List<InputProblem> problems = new ArrayList<>();
        List<LogRecord> records = read(file, LogFormat.AUTO, problems);
        assertThat(records).extracting(LogRecord::index).containsExactly(1L);
        assertThat(problems).extracting(p -> p.line() + ":" + p.column()).containsExactly("1:18");
    }

    @Test
    void aForcedFormatThatDoesNotFitIsAProblemAtTheRecord() {
        List<InputProblem> problems = new ArrayList<>();
        read(DIR.resolve("cloudtrail.json"), LogFormat.EVTX_JSON, problems);
        assertThat(problems).extracting(InputProblem::format).containsExactly(
                DIR.resolve("cloudtrail.json") + ":2:3: not an evtx JSON event: no Event.System object",
                DIR.resolve("cloudtrail.json") + ":3:3: not an evtx JSON event: no Event.System object");
    }

    @Test
    void badXmlAndBadJsonAndRawEvtxAreProblemsWithPositions(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("bad.xml");
        Files.writeString(xml, "<Events>\n<Event><System><EventID>1</EventID></Sys></Event>\n</Events>\n");
        List<InputProblem> problems = new ArrayList<>();
        assertThat(read(xml, LogFormat.AUTO, problems)).isEmpty();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(2);
        assertThat(problems.get(0).message()).startsWith("invalid XML: ");

        Path json = dir.resolve("bad.json");
        Files.writeString(json, "{\n  \"Event\": {\"System\": {\"EventID\": 1},\n}\n");
        problems.clear();
        read(json, LogFormat.AUTO, problems);
        assertThat(problems).extracting(p -> p.line() + ":" + p.column()).containsExactly("3:1");

        Path evtx = dir.resolve("raw.evtx");
        Files.write(evtx, new byte[] {'E', 'l', 'f', 'F', 'i', 'l', 'e', 0, 1, 2, 3});
        problems.clear();
        read(evtx, LogFormat.AUTO, problems);
        assertThat(problems).extracting(InputProblem::format).singleElement().asString()
                .startsWith(evtx + ":1:1: a raw .evtx file");
    }
}
