package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.pipeline.Pipeline;
import dev.nightshift.telemetry.LogSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How many of SigmaHQ's Windows rules have a logsource no event can be mapped to, with the mapping this project had
 * before pipelines (its channels and Sysmon ids, kept here as data) and with the built-in pipelines now.
 */
class SigmaHqLogsourceCoverageTest {

    /** The logsources the hard-coded mapping could give an event before the pipelines replaced it. */
    private static final Set<LogSource> BEFORE = before();

    private static Set<LogSource> before() {
        Set<LogSource> sources = new HashSet<>();
        for (String service : List.of("security", "system", "application", "powershell", "powershell-classic",
                "taskscheduler", "windefend", "wmi", "dns-client", "dns-server", "bits-client",
                "codeintegrity-operational", "ntlm", "smbclient-security", "printservice-admin",
                "printservice-operational", "terminalservices-localsessionmanager", "firewall-as", "applocker",
                "openssh", "ldap_debug")) {
            sources.add(LogSource.service("windows", service));
        }
        for (String category : List.of("process_creation", "file_change", "network_connection", "sysmon_status",
                "process_termination", "driver_load", "image_load", "create_remote_thread", "raw_access_thread",
                "process_access", "file_event", "registry_add", "registry_delete", "registry_set", "registry_rename",
                "create_stream_hash", "pipe_created", "wmi_event", "dns_query", "file_delete", "clipboard_change",
                "process_tampering", "file_block_executable", "file_block_shredding", "file_executable_detected",
                "sysmon_error")) {
            sources.add(new LogSource("windows", category, "sysmon"));
        }
        sources.add(new LogSource("windows", "process_creation", "security"));
        return sources;
    }

    @Test
    void everyWindowsLogsourceOfTheSigmaHqCorpusIsMapped() throws IOException {
        Path root = Path.of(System.getProperty("nightshift.reference", "../shared/reference"), "sigmahq");
        Assumptions.assumeTrue(Files.isDirectory(root), "../shared/reference/sigmahq not found: "
                + root.toAbsolutePath() + "; skipping the SigmaHQ logsource count");
        List<SigmaSource> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".yml") && !p.startsWith(root.resolve("tests")))
                    .sorted().map(p -> read(root, p)).toList();
        }
        RulePack pack = RulePack.parse(sources);
        List<SigmaRule> windows = pack.rules().stream().filter(r -> !r.isCorrelation())
                .filter(r -> "windows".equals(r.logsource().product()) || "antivirus".equals(r.logsource().category()))
                .toList();
        Set<LogSource> now = Pipeline.defaults().logsources();
        TreeMap<String, Integer> unmappedBefore = new TreeMap<>();
        TreeMap<String, Integer> unmappedNow = new TreeMap<>();
        for (SigmaRule rule : windows) {
            String name = RuleTestRendering.logsource(rule.logsource());
            if (!RuleTestRun.mapped(rule.logsource(), BEFORE, Set.of())) {
                unmappedBefore.merge(name, 1, Integer::sum);
            }
            if (!RuleTestRun.mapped(rule.logsource(), now, Set.of())) {
                unmappedNow.merge(name, 1, Integer::sum);
            }
        }
        int before = unmappedBefore.values().stream().mapToInt(Integer::intValue).sum();
        int after = unmappedNow.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("SigmaHQ Windows rules: %d; logsource mapped to nothing: %d before pipelines, %d now%n",
                windows.size(), before, after);
        System.out.println("  unmapped now: " + unmappedNow);
        assertThat(windows).hasSize(EXPECTED_WINDOWS_RULES);
        assertThat(before).isEqualTo(EXPECTED_BEFORE);
        assertThat(unmappedNow).isEqualTo(EXPECTED_NOW);
    }

    private static final int EXPECTED_WINDOWS_RULES = 2865;
    private static final int EXPECTED_BEFORE = 285;
    private static final java.util.Map<String, Integer> EXPECTED_NOW = java.util.Map.of();

    private static SigmaSource read(Path root, Path file) {
        try {
            return new SigmaSource(root.relativize(file).toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
