package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.logs.LogFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportedLogsRuleTestTest {

    private static final Path DIR = Path.of("src/test/resources/logs");
    private static final List<Path> RULES = List.of(DIR.resolve("rules.yml"));

    private static RuleTestResults run(String events, RuleTestOptions options) {
        return RuleTestRun.run(RULES, DIR.resolve(events), null, options);
    }

    private static Map<String, Integer> matches(RuleTestResults results) {
        Map<String, Integer> matches = new java.util.TreeMap<>();
        results.report().rules().forEach(r -> matches.put(r.rule().title(), r.matches()));
        return matches;
    }

    @Test
    void defenderDetectionsArePowerShellScriptBlocksAndUserDataRecordsMatchTheirRules() {
        RuleTestResults results = run("defender-and-powershell.evtx.json", RuleTestOptions.defaults());
        assertThat(results.report().errors()).isEmpty();
        assertThat(matches(results)).containsEntry("Credential Theft Tool Found By Antivirus", 1)
                .containsEntry("Mimikatz In A PowerShell Script Block", 1)
                .containsEntry("Security Log Cleared By Admin", 1);
        assertThat(results.matches()).extracting(m -> m.rule().title() + " " + m.fields()).containsExactly(
                "Mimikatz In A PowerShell Script Block {ScriptBlockText=Invoke-Mimikatz -DumpCreds}",
                "Credential Theft Tool Found By Antivirus {Signature=HackTool:Win64/Mimikatz!pz}",
                "Security Log Cleared By Admin {EventID=1102, SubjectUserName=admin}");
    }

    @Test
    void securityXml4688IsProcessCreationUnderSysmonNames() {
        RuleTestResults results = run("security.xml", RuleTestOptions.defaults());
        assertThat(results.report().errors()).isEmpty();
        assertThat(matches(results)).containsEntry("Comsvcs MiniDump", 1)
                .containsEntry("Service Installed From Public Folder", 1);
    }

    @Test
    void cloudTrailAndWinlogbeatFilesMatchTheirRules() {
        assertThat(matches(run("cloudtrail.json", RuleTestOptions.defaults())))
                .containsEntry("AWS Access Key Created", 1);
        assertThat(matches(run("winlogbeat.ndjson", RuleTestOptions.defaults())))
                .containsEntry("Comsvcs MiniDump", 1);
    }

    @Test
    void aRuleWhoseLogsourceNothingMapsIsReportedByName() {
        RuleTestResults results = run("cloudtrail.json", RuleTestOptions.defaults());
        assertThat(results.unmapped()).extracting(SigmaRule::title).containsExactly("Never Mapped");
        assertThat(results.warnings()).containsExactly(DIR.resolve("rules.yml") + ":79: warning: rule 'Never Mapped'"
                + " has logsource product=windows service=no-such-service, which no pipeline maps any event to: it can"
                + " never match (map it with --pipeline, see docs/pipelines.md)");
        assertThat(results.toText()).contains("warning: rule 'Never Mapped'");
    }

    @Test
    void levelStatusAndTagSelectTheReportedRules() {
        RuleTestOptions high = new RuleTestOptions(LogFormat.AUTO, List.of(), Map.of(), Set.of("high", "critical"),
                Set.of(), Set.of());
        assertThat(matches(run("security.xml", high)).keySet()).containsExactly(
                "Comsvcs MiniDump", "Credential Theft Tool Found By Antivirus", "Mimikatz In A PowerShell Script Block");
        RuleTestOptions tagged = new RuleTestOptions(LogFormat.AUTO, List.of(), Map.of(), Set.of(), Set.of("test"),
                Set.of("T1003"));
        assertThat(matches(run("security.xml", tagged)).keySet()).containsExactly(
                "Comsvcs MiniDump", "Credential Theft Tool Found By Antivirus");
    }

    @Test
    void csvSarifAndTableOutputsAreExact() {
        RuleTestResults results = run("security.xml", RuleTestOptions.defaults());
        assertThat(results.toCsv()).isEqualTo("rule_id,title,level,event_index,time,host,fields\r\n"
                + "0b4e6a3c-8f71-4c55-9a1e-3c8f2f7d9a04,Comsvcs MiniDump,critical,0,2024-05-02T09:00:01Z,"
                + "WS-07.corp.example,\"Image=C:\\Windows\\System32\\rundll32.exe; CommandLine=rundll32.exe "
                + "C:\\windows\\System32\\comsvcs.dll, MiniDump 624 C:\\temp\\out.dmp full\"\r\n"
                + "0b4e6a3c-8f71-4c55-9a1e-3c8f2f7d9a05,Service Installed From Public Folder,medium,1,"
                + "2024-05-02T09:00:02Z,WS-07.corp.example,EventID=7045; ImagePath=C:\\Users\\Public\\evil.exe\r\n");
        assertThat(results.toSarifLines().lines().toList().get(1)).isEqualTo("{\"ruleId\":"
                + "\"0b4e6a3c-8f71-4c55-9a1e-3c8f2f7d9a05\",\"level\":\"warning\",\"message\":{\"text\":\"Service "
                + "Installed From Public Folder\"},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
                + "\"src/test/resources/logs/security.xml\"},\"region\":{\"startLine\":2}}}],\"properties\":"
                + "{\"ruleLevel\":\"medium\",\"eventIndex\":1,\"time\":\"2024-05-02T09:00:02Z\",\"host\":"
                + "\"WS-07.corp.example\",\"fields\":{\"EventID\":\"7045\",\"ImagePath\":\"C:\\\\Users\\\\Public"
                + "\\\\evil.exe\"}}}");
        assertThat(results.toTable().lines().toList().get(2)).isEqualTo(String.format("%-44s %-13s %-24s %-20s %s",
                "Service Installed From Public Folder", "medium", "2024-05-02T09:00:02Z", "WS-07.corp.example",
                "EventID=7045; ImagePath=C:\\Users\\Public\\evil.exe"));
    }

    @Test
    void aSitePipelineMapsANewChannelAndItsVarsFillPlaceholders(@TempDir Path dir) throws Exception {
        Path pipeline = dir.resolve("site.yml");
        Files.writeString(pipeline, """
                name: our custom service
                vars:
                  admins: [root, admin]
                transformations:
                  - id: custom_channel
                    type: add_condition
                    conditions:
                      Channel: Custom/Operational
                    rule_conditions:
                      - type: logsource
                        product: windows
                        service: no-such-service
                """);
        Path rule = dir.resolve("admins.yml");
        Files.writeString(rule, """
                title: Admin Logon On Custom
                logsource:
                    product: windows
                    service: no-such-service
                detection:
                    selection:
                        User|expand: '%admins%'
                    condition: selection
                """);
        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, "{\"Channel\":\"Custom/Operational\",\"EventID\":1,\"User\":\"admin\"}\n"
                + "{\"Channel\":\"Custom/Operational\",\"EventID\":1,\"User\":\"guest\"}\n");
        RuleTestResults results = RuleTestRun.run(List.of(rule), events, null, new RuleTestOptions(LogFormat.AUTO,
                List.of(pipeline), Map.of(), Set.of(), Set.of(), Set.of()));
        assertThat(results.report().errors()).isEmpty();
        assertThat(results.unmapped()).isEmpty();
        assertThat(results.report().rules().get(0).eventIndexes()).containsExactly(0L);
        RuleTestResults overridden = RuleTestRun.run(List.of(rule), events, null, new RuleTestOptions(LogFormat.AUTO,
                List.of(pipeline), Map.of("admins", List.of("guest")), Set.of(), Set.of(), Set.of()));
        assertThat(overridden.report().rules().get(0).eventIndexes()).containsExactly(1L);
    }

    @Test
    void aBrokenPipelineIsAnErrorAtItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path pipeline = dir.resolve("broken.yml");
        Files.writeString(pipeline, "name: x\ntransformations:\n  - id: a\n    type: drop_detection_item\n");
        RuleTestResults results = RuleTestRun.run(RULES, DIR.resolve("cloudtrail.json"), null,
                new RuleTestOptions(LogFormat.AUTO, List.of(pipeline), Map.of(), Set.of(), Set.of(), Set.of()));
        assertThat(results.report().errors()).extracting(RuleError::format).containsExactly(pipeline
                + ":4:11: transformation type 'drop_detection_item' is not supported (supported: add_condition, "
                + "change_logsource, field_name_mapping, value_placeholders, field_template; see docs/pipelines.md)");
        assertThat(results.report().exitCode()).isEqualTo(2);
    }
}
