package dev.nightshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nightshift.scenario.EntityKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    private static final ScenarioFiles RULES = ScenarioFiles.of(Map.of("rules/one.yml",
            "title: One\n".getBytes(StandardCharsets.UTF_8)));

    @Test
    void readsEveryFieldOfAValidFile() throws Exception {
        Scenario s = ScenarioLibrary.parse("valid.yml", resource("valid.yml"), RULES);

        assertThat(s.id()).isEqualTo("small");
        assertThat(s.difficulty()).isEqualTo("medium");
        assertThat(s.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(s.start()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
        assertThat(s.seed()).isEqualTo(42);
        assertThat(s.organisation().netbiosDomain()).isEqualTo("TEST");
        assertThat(s.organisation().linuxServers()).isEqualTo(3);
        assertThat(s.stages()).extracting(Stage::id).containsExactly("spray", "login");
        assertThat(s.stages().get(1).technique()).isEqualTo("T1078");
        assertThat(s.stages().get(1).timing()).isEqualTo(StageTiming.after("spray", Duration.ofMinutes(1), Duration.ZERO));
        assertThat(s.stages().get(0).emits()).isEqualTo(StageAction.of("password-spray"));
        assertThat(s.rules()).containsExactly(new RuleSource("rules/one.yml", "title: One\n"));
        assertThat(s.answerKey().escalate()).containsExactly(new Escalation("login", "critical"));
        assertThat(s.answerKey().contain()).containsExactly(new ContainTarget("spray", EntityKind.IP));
        assertThat(s.weights()).isEqualTo(new ScoringWeights(25, 25, 25, 25));
    }

    @Test
    void reportsEveryErrorOfABrokenFileAtOnceWithPositionAndPath() throws Exception {
        ScenarioException e = catchThrowableOfType(
                () -> ScenarioLibrary.parse("broken.yml", resource("broken.yml"), RULES), ScenarioException.class);

        assertThat(e.errors()).extracting(ScenarioError::format).containsExactly(
                "broken.yml:1:5: scenario ids are lower-case letters, digits and '-', got 'Broken Id' (at id)",
                "broken.yml:5:18: 'hacker' is not one of analyst, engineer (at roles[1])",
                "broken.yml:6:11: cannot read duration '90 minutes'; use a number and a unit, e.g. 90s, 15m, 2h, 1h30m (at duration)",
                "broken.yml:8:7: expected a whole number, got 'many' (at seed)",
                "broken.yml:10:1: unknown field 'colour'; known fields: id, title, summary, difficulty, roles, duration, start, "
                        + "seed, briefing, hints, organisation, noise, lookalikes, attack, rules, answer_key, scoring, playbook, engineer, intel (at colour)",
                "broken.yml:15:14: unknown time zone 'Mars/Olympus'; use a region id such as Europe/London (at organisation.time_zone)",
                "broken.yml:24:37: unknown field 'intervl'; did you mean 'interval'? (at attack.stages[0].emits.intervl)",
                "broken.yml:27:18: unknown ATT&CK technique 'T9999.999' (at attack.stages[1].technique)",
                "broken.yml:28:14: no stage 'escalate' in this scenario (at attack.stages[1].after)",
                "broken.yml:32:7: missing required field 'technique' (at attack.stages[2].technique)",
                "broken.yml:34:14: cannot read duration 'soon'; use a number and a unit, e.g. 90s, 15m, 2h, 1h30m (at attack.stages[2].delay)",
                "broken.yml:39:39: 'urgent' is not a severity; use low, medium, high or critical (at answer_key.escalate[0].severity)",
                "broken.yml:40:38: stage 'persist' has no ip (at answer_key.contain[0].entity)",
                "broken.yml:41:10: scoring weights add up to 95; they must add up to 100 (at scoring)");
        assertThat(e.getMessage()).startsWith("broken.yml:1:5: ").doesNotContain("Exception");
    }

    @Test
    void placesAYamlSyntaxErrorWhereTheParserFoundIt() {
        String yaml = "id: x\ntitle: [unclosed\nsummary: y\n";

        ScenarioException e = catchThrowableOfType(() -> ScenarioLibrary.parse("bad.yml", yaml, RULES), ScenarioException.class);

        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0).format()).startsWith("bad.yml:3:8: invalid YAML: ");
    }

    @Test
    void refusesEmptyFilesHugeFilesAndAliasBombs() {
        assertThat(errors("")).containsExactly("f.yml:1:1: the file is empty");
        assertThat(errors("# only a comment\n")).containsExactly("f.yml:1:1: the file is empty");
        assertThat(errors("id: x\n" + "#".repeat(ScenarioParser.MAX_BYTES))).containsExactly("f.yml:1:1: the file is larger than 1 MiB");
        StringBuilder bomb = new StringBuilder("a: &a [x, x]\n");
        for (int i = 0; i < 30; i++) {
            bomb.append("b").append(i).append(": &b").append(i).append(" [*").append(i == 0 ? "a" : "b" + (i - 1))
                    .append(", *").append(i == 0 ? "a" : "b" + (i - 1)).append("]\n");
        }
        assertThat(errors(bomb.toString())).singleElement().asString().startsWith("f.yml:1:1: invalid YAML: ");
    }

    @Test
    void stagesWaitingForEachOtherInACycleAreOneError() {
        String yaml = resource("valid.yml").replace("      at: 10m\n", "      after: login\n");

        assertThat(errors(yaml)).containsExactly(
                "f.yml:20:14: stages wait for each other in a cycle: spray after login after spray (at attack.stages[0].after)");
    }

    @Test
    void reportsAMissingRuleFileAtItsListEntry() {
        List<String> errors = errorsWith(resource("valid.yml"), ScenarioFiles.of(Map.of()));

        assertThat(errors).containsExactly("f.yml:34:5: rule file not found: rules/one.yml (at rules[0])");
    }

    @Test
    void theBundledTutorialLoadsWithItsRulePack() throws Exception {
        ScenarioLibrary library = ScenarioLibrary.bundled();
        Scenario tutorial = library.load("tutorial-brute-force");

        assertThat(library.list()).extracting(Scenario::id).containsExactly("tutorial-brute-force", "impossible-travel",
                "phishing-macro-c2", "ransomware-3am", "dns-tunnel-exfil", "leaked-aws-key", "insider-upload", "quiet-night");
        assertThat(tutorial.difficulty()).isEqualTo("easy");
        assertThat(tutorial.roles()).containsExactly("analyst", "engineer");
        assertThat(tutorial.duration()).isEqualTo(Duration.ofHours(2));
        assertThat(tutorial.seed()).isEqualTo(7);
        assertThat(tutorial.stages()).extracting(Stage::id, Stage::technique)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("spray", "T1110.003"),
                        org.assertj.core.groups.Tuple.tuple("valid-login", "T1078"),
                        org.assertj.core.groups.Tuple.tuple("create-account", "T1136.001"));
        assertThat(tutorial.rules()).extracting(RuleSource::path).allMatch(p -> p.startsWith("rules/tutorial-brute-force/"));
        assertThat(tutorial.rules()).allMatch(r -> r.text().contains("author: nightshift"));
        assertThat(tutorial.answerKey().contain()).containsExactly(
                new ContainTarget("spray", EntityKind.IP), new ContainTarget("valid-login", EntityKind.USER));
    }

    @Test
    void loadsAScenarioFileFromDiskWithRulesBesideIt() throws Exception {
        Scenario s = ScenarioLibrary.bundled().load("scenarios/tutorial-brute-force.yml");

        assertThat(s.id()).isEqualTo("tutorial-brute-force");
        assertThat(s.rules()).hasSize(3);
    }

    @Test
    void anUnknownIdOrPathIsOneErrorNotAStackTrace() {
        ScenarioException e = catchThrowableOfType(() -> ScenarioLibrary.bundled().load("no-such-scenario"), ScenarioException.class);

        assertThat(e.errors()).extracting(ScenarioError::format)
                .containsExactly("no-such-scenario:1:1: no such file, nor a bundled scenario (bundled: tutorial-brute-force, "
                        + "impossible-travel, phishing-macro-c2, ransomware-3am, dns-tunnel-exfil, leaked-aws-key, insider-upload, quiet-night)");
        assertThat(e.getStackTrace()).isEmpty();
    }

    private static List<String> errors(String yaml) {
        return errorsWith(yaml, RULES);
    }

    private static List<String> errorsWith(String yaml, ScenarioFiles files) {
        ScenarioException e = catchThrowableOfType(() -> ScenarioLibrary.parse("f.yml", yaml, files), ScenarioException.class);
        assertThat(e).as("expected errors").isNotNull();
        return e.errors().stream().map(ScenarioError::format).toList();
    }

    static String resource(String name) {
        try (InputStream in = ScenarioLoaderTest.class.getResourceAsStream("/scenario/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
