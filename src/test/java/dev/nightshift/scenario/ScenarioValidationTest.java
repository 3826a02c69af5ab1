package dev.nightshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The v1 validator reports every error of a file at once, each with its position and field path, and never throws anything else. */
class ScenarioValidationTest {

    private static final ScenarioFiles NO_FILES = ScenarioFiles.of(Map.of());

    private static List<String> errors(String yaml) {
        ScenarioException e = catchThrowableOfType(() -> ScenarioLibrary.parse("f.yml", yaml, NO_FILES), ScenarioException.class);
        assertThat(e).as("expected errors").isNotNull();
        return e.errors().stream().map(ScenarioError::format).toList();
    }

    @Test
    void reportsUnknownSourcesKindsEmittersParametersTechniquesCyclesAndLateStagesAtOnce() {
        List<String> errors = errors(ScenarioLoaderTest.resource("broken-engine.yml"));

        assertThat(errors).containsExactly(
                "f.yml:16:32: 'workstation' is not a Windows server role; use one of domain-controller, file-server, web-server, "
                        + "database-server, mail-server, remote-access, backup-server (at organisation.servers[1])",
                "f.yml:18:29: a country is a two-letter ISO code such as GB, got 'france' (at organisation.offices[0].country)",
                "f.yml:20:14: unknown noise source 'netflow'; use one of windows-logons, windows-security, sysmon, linux-sshd, dns, web-proxy, firewall, vpn, idp-signin, cloudtrail, email-gateway (at noise[0].source)",
                "f.yml:21:46: must be between 0 and 90, got 95 (at noise[1].burst)",
                "f.yml:23:12: unknown look-alike 'printer-jam'; use one of password-typos, vpn-abroad, admin-encoded-powershell, backup-rename, vulnerability-scan, password-change-lockout, it-account-script, telemetry-dns, admin-share-access, large-upload (at lookalikes[0].kind)",
                "f.yml:24:37: unknown field 'attempts'; known fields: kind, count, files (at lookalikes[1].attempts)",
                "f.yml:29:14: stages wait for each other in a cycle: first after third after first (at attack.stages[0].after)",
                "f.yml:32:7: technique T1595 has no default emitter; name one under emits.kind (password-spray, remote-logon, create-account, add-to-group, ssh-brute-force, vpn-logon, phishing-email, macro-execution, powershell, process-commands, lsass-dump, kerberoast, smb-lateral, rdp-lateral, clear-logs, run-key, archive, share-harvest, http-beacon, dns-tunnel, tool-download, web-upload, shadow-delete, encrypt-files, aws-api) (at attack.stages[1].emits)",
                "f.yml:41:48: must be between 1 and 100000, got 0 (at attack.stages[2].emits.per_minute)",
                "f.yml:41:51: unknown field 'colour'; known fields: kind, files, per_minute, extension (at attack.stages[2].emits.colour)",
                "f.yml:42:23: every must be longer than zero (at attack.stages[2].spread.every)",
                "f.yml:45:11: this stage starts 2h or more after the start, but the scenario lasts only 1h (at attack.stages[3].at)",
                "f.yml:48:21: unknown emitter kind 'shred-disks'; use one of password-spray, remote-logon, create-account, add-to-group, ssh-brute-force, vpn-logon, phishing-email, macro-execution, powershell, process-commands, lsass-dump, kerberoast, smb-lateral, rdp-lateral, clear-logs, run-key, archive, share-harvest, http-beacon, dns-tunnel, tool-download, web-upload, shadow-delete, encrypt-files, aws-api (at attack.stages[3].emits.kind)");
    }

    @Test
    void aStageMayOnlyTargetAServerRoleTheOrganisationHas() {
        String yaml = ScenarioLoaderTest.resource("valid.yml").replace("  time_zone: Europe/London\n",
                "  time_zone: Europe/London\n  servers: [domain-controller, file-server]\n");

        assertThat(errors(yaml)).containsExactly("f.yml:23:22: this organisation has no remote-access; add it to organisation.servers "
                + "(at attack.stages[0].target.host)", "f.yml:35:5: rule file not found: rules/one.yml (at rules[0])");
    }

    @Test
    void aTabIndentationIsAClearYamlError() {
        assertThat(errors("id: x\ntitle: y\n\tsummary: z\n")).singleElement().asString()
                .startsWith("f.yml:3:1: invalid YAML: ").doesNotContain("Exception");
    }

    @Test
    void anUnclosedQuoteIsAClearYamlError() {
        assertThat(errors("id: x\ntitle: \"unclosed\nsummary: z\n")).singleElement().asString()
                .startsWith("f.yml:").contains("invalid YAML: ").doesNotContain("Exception");
    }

    @Test
    void aDuplicateKeyIsReportedAtItsSecondOccurrence() {
        String yaml = ScenarioLoaderTest.resource("valid.yml").replace("seed: 42\n", "seed: 42\nseed: 43\n");

        assertThat(errors(yaml)).contains("f.yml:9:1: duplicate field 'seed' (at seed)");
    }

    @Test
    void aTechniqueWithoutEmitsUsesItsDefaultEmitter() throws Exception {
        String yaml = ScenarioLoaderTest.resource("valid.yml").replace("      emits: {kind: remote-logon}\n", "");
        Scenario s = ScenarioLibrary.parse("f.yml", yaml, ScenarioFiles.of(Map.of("rules/one.yml", "title: One\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(s.stages().get(1).emits()).isEqualTo(StageAction.of("remote-logon"));
        assertThat(s.stages().get(1).emits().number("logon_type")).isEqualTo(10);
    }

    @Test
    void aScenarioMayHaveNoAttack() throws Exception {
        String yaml = ScenarioLoaderTest.resource("valid.yml");
        String quiet = yaml.substring(0, yaml.indexOf("attack:")) + yaml.substring(yaml.indexOf("rules:"));
        quiet = quiet.substring(0, quiet.indexOf("answer_key:")) + "answer_key: {escalate: [], contain: []}\n"
                + quiet.substring(quiet.indexOf("scoring:"));
        Scenario s = ScenarioLibrary.parse("f.yml", quiet, ScenarioFiles.of(Map.of("rules/one.yml", "title: One\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(s.stages()).isEmpty();
    }

    @Test
    void theVocabularyNamesElevenSourcesTenLookalikesAndADefaultEmitterPerTechnique() {
        assertThat(Vocabulary.SOURCES).hasSize(11);
        assertThat(Vocabulary.lookalikes()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Vocabulary.techniqueDefaults().values()).allMatch(kind -> Vocabulary.emitter(kind).isPresent());
        assertThat(Vocabulary.techniqueDefaults().keySet()).allMatch(t -> dev.nightshift.attack.AttackCatalogue.enterprise().technique(t).isPresent());
    }

    @Test
    void theShippedJsonSchemaIsTheOneTheVocabularyGives() throws Exception {
        Path file = Path.of("scenarios/schema/scenario.schema.json");
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(file, ScenarioSchema.json(), StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(ScenarioSchema.json());
    }

    @Test
    void theWorkedExampleOfTheAuthoringGuideIsValid() throws Exception {
        String guide = Files.readString(Path.of("scenarios/README.md"), StandardCharsets.UTF_8);
        int from = guide.indexOf("```yaml\n", guide.indexOf("## A worked example")) + "```yaml\n".length();
        String example = guide.substring(from, guide.indexOf("```", from));
        Scenario s = ScenarioLibrary.parse("example.yml", example, ScenarioFiles.of(Map.of("rules/ssh-guessing/many-ssh-failures.yml",
                "title: Many SSH Failures\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(s.stages()).singleElement().satisfies(stage -> assertThat(stage.emits().kind()).isEqualTo("ssh-brute-force"));
        assertThat(s.organisation().offices()).hasSize(1);
    }

    @Test
    void everyBundledScenarioValidates() {
        ScenarioLibrary library = ScenarioLibrary.bundled();

        assertThat(library.ids()).hasSizeGreaterThanOrEqualTo(8);
        for (String id : library.ids()) {
            assertThat(catchThrowableOfType(() -> library.load(id), ScenarioException.class)).as(id).isNull();
        }
    }
}
