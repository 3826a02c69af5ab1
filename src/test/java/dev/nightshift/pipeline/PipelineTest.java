package dev.nightshift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private static LogSource logsource(Map<String, Object> record) {
        return Pipeline.defaults().logsource(record);
    }

    @Test
    void powerShellCategoriesComeFromBothPowerShellChannels() {
        assertThat(logsource(Map.of("Channel", "Microsoft-Windows-PowerShell/Operational", "EventID", 4104)))
                .isEqualTo(new LogSource("windows", "ps_script", "powershell"));
        assertThat(logsource(Map.of("Channel", "PowerShellCore/Operational", "EventID", 4103)))
                .isEqualTo(new LogSource("windows", "ps_module", "powershell"));
        assertThat(logsource(Map.of("Channel", "Windows PowerShell", "EventID", 400)))
                .isEqualTo(new LogSource("windows", "ps_classic_start", "powershell-classic"));
        assertThat(logsource(Map.of("Channel", "Windows PowerShell", "EventID", "600")))
                .isEqualTo(new LogSource("windows", "ps_classic_provider_start", "powershell-classic"));
    }

    @Test
    void sysmon26IsFileDeleteDetectedAndKernelFileEventsAreFileAccessAndRename() {
        String sysmon = "Microsoft-Windows-Sysmon/Operational";
        assertThat(logsource(Map.of("Channel", sysmon, "EventID", 26)).category()).isEqualTo("file_delete_detected");
        assertThat(logsource(Map.of("Channel", sysmon, "EventID", 23)).category()).isEqualTo("file_delete");
        assertThat(logsource(Map.of("Channel", sysmon, "EventID", 12, "EventType", "DeleteValue")).category())
                .isEqualTo("registry_delete");
        assertThat(logsource(Map.of("Provider_Name", "Microsoft-Windows-Kernel-File", "EventID", 12)))
                .isEqualTo(LogSource.category("windows", "file_access"));
        assertThat(logsource(Map.of("Provider_Name", "Microsoft-Windows-Kernel-File", "EventID", 27)))
                .isEqualTo(LogSource.category("windows", "file_rename"));
    }

    @Test
    void servicesHaveTheirRealChannels() {
        assertThat(logsource(Map.of("Channel", "Microsoft-Windows-DNS Client Events/Operational", "EventID", 3008))
                .service()).isEqualTo("dns-client");
        assertThat(logsource(Map.of("Channel", "Microsoft-Windows-AppXDeploymentServer/Operational", "EventID", 400))
                .service()).isEqualTo("appxdeployment-server");
        assertThat(logsource(Map.of("Channel", "MSExchange Management", "EventID", 1)).service())
                .isEqualTo("msexchange-management");
        assertThat(logsource(Map.of("Channel", "microsoft-windows-smbclient/connectivity", "EventID", 30803)).service())
                .isEqualTo("smbclient-connectivity");
    }

    @Test
    void defenderDetectionsAreAntivirusWithSignatureAndFilename() {
        Event event = Pipeline.defaults().toEvent(0, Map.of("Channel", "Microsoft-Windows-Windows Defender/Operational",
                "EventID", 1116, "Threat Name", "HackTool:Win64/Mimikatz", "Path", "C:\\x.exe"), Instant.EPOCH);
        assertThat(event.logsource()).isEqualTo(new LogSource("windows", "antivirus", "windefend"));
        assertThat(event.fields()).containsEntry("Signature", "HackTool:Win64/Mimikatz")
                .containsEntry("Filename", "C:\\x.exe").containsEntry("ThreatName", "HackTool:Win64/Mimikatz");
        assertThat(Pipeline.defaults().logsource(Map.of("Channel", "Microsoft-Windows-Windows Defender/Operational",
                "EventID", 5001))).isEqualTo(LogSource.service("windows", "windefend"));
    }

    @Test
    void aChangeLogsourceChainIsPlayedAsPySigmaPlaysIt() {
        List<InputProblem> problems = new ArrayList<>();
        Pipeline pipeline = Pipeline.load(List.of(new PipelineSource("chain.yml", """
                name: sysmon as pySigma writes it
                transformations:
                  - id: eid
                    type: add_condition
                    conditions: {EventID: 1}
                    rule_conditions: [{type: logsource, product: windows, category: process_creation}]
                  - id: to_sysmon
                    type: change_logsource
                    product: windows
                    service: sysmon
                    rule_conditions: [{type: logsource, product: windows, category: process_creation}]
                  - id: channel
                    type: add_condition
                    conditions: {Channel: Microsoft-Windows-Sysmon/Operational}
                    rule_conditions: [{type: logsource, product: windows, service: sysmon}]
                """)), false, problems);
        assertThat(problems).isEmpty();
        assertThat(pipeline.logsource(Map.of("Channel", "Microsoft-Windows-Sysmon/Operational", "EventID", 1)))
                .isEqualTo(new LogSource("windows", "process_creation", "sysmon"));
        assertThat(pipeline.logsource(Map.of("Channel", "Microsoft-Windows-Sysmon/Operational", "EventID", 3)))
                .isEqualTo(LogSource.service("windows", "sysmon"));
        assertThat(pipeline.logsource(Map.of("Channel", "Security", "EventID", 1)))
                .isEqualTo(new LogSource(null, null, null));
    }

    @Test
    void problemsOfAPipelineFileArePositioned() {
        List<InputProblem> problems = new ArrayList<>();
        Pipeline.load(List.of(new PipelineSource("bad.yml", """
                name: bad
                priority: high
                colour: blue
                transformations:
                  - type: add_condition
                    rule_conditions: [{type: contains_detection_item, field: x}]
                  - type: field_name_mapping
                    mapping: {}
                  - type: add_condition
                    conditions: {a: 1}
                    field_name_conditions: []
                """)), false, problems);
        assertThat(problems).extracting(InputProblem::format).containsExactly(
                "bad.yml:3:1: unknown pipeline key 'colour' (known: finalizers, name, postprocessing, priority, "
                        + "transformations, vars)",
                "bad.yml:2:11: priority must be a whole number, got 'high'",
                "bad.yml:6:55: unknown key of a logsource rule condition 'field' (known: category, product, "
                        + "service, type)",
                "bad.yml:6:30: rule condition type 'contains_detection_item' is not supported: nightshift maps "
                        + "events to logsources, so only 'logsource' conditions apply",
                "bad.yml:5:11: this transformation needs 'conditions'",
                "bad.yml:8:14: 'mapping' must map field names to a value or a list of values",
                "bad.yml:11:5: 'field_name_conditions' is not supported: nightshift maps events to logsources, so"
                        + " an item's conditions can only be rule_conditions of type logsource (see docs/pipelines.md)");
    }
}
