package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.scenario.AnswerKey;
import dev.nightshift.scenario.ContainTarget;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.RuleSource;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.scenario.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioCheckTest {

    private static Scenario tutorial;

    @BeforeAll
    static void load() throws Exception {
        tutorial = ScenarioLibrary.bundled().load("tutorial-brute-force");
    }

    @Test
    void tutorialSeed7TellsPerStageWhichRulesFireAndHowSoon() {
        ScenarioCheckReport report = ScenarioCheck.run(tutorial, 7);

        assertThat(report.events()).isEqualTo(4090);
        assertThat(report.attackEvents()).isEqualTo(40);
        assertThat(report.stages()).extracting(ScenarioCheckReport.StageCheck::id, ScenarioCheckReport.StageCheck::events,
                s -> s.firstAlertDelay().toMillis(), s -> s.rules().stream().map(r -> r.title() + " x" + r.alerts()).toList())
                .containsExactly(
                        tuple("spray", 36L, 14414L,
                                List.of("Many Failed Logons From A Single Source x1")),
                        tuple("valid-login", 2L, 0L,
                                List.of("Successful Network Or Remote Desktop Logon From A Public Address x2")),
                        tuple("create-account", 2L, 0L,
                                List.of("User Account Created x1")));
        assertThat(report.rules()).extracting(r -> r.rule().title(), ScenarioCheckReport.RuleCheck::alerts,
                ScenarioCheckReport.RuleCheck::truePositives, ScenarioCheckReport.RuleCheck::feedsOnly)
                .containsExactly(
                        tuple("Failed Logon From A Network Source", 0, 0, true),
                        tuple("Many Failed Logons From A Single Source", 3, 1, false),
                        tuple(
                                "Successful Network Or Remote Desktop Logon From A Public Address", 2, 2, false),
                        tuple("User Account Created", 1, 1, false));
        assertThat(report.rules().get(1).falsePositiveShare()).isEqualTo(2 / 3.0);
        assertThat(report.winnable()).isTrue();
        assertThat(report.exitCode()).isZero();
    }

    @Test
    void tutorialTextReadsAsTheInstructorSeesIt() {
        assertThat(ScenarioCheck.run(tutorial, 7).toText()).isEqualTo("""
                Scenario tutorial-brute-force, seed 7: 4,090 events from 2026-03-10T08:30:00Z to 2026-03-10T10:30:00Z, 40 of them from the attack
                Rule pack: 4 rules, no errors

                Attack stages
                  spray (T1110.003), done: 36 events from 2026-03-10T09:08:37.051Z to 2026-03-10T09:10:52.769Z
                    first alert 14s after its first event, at 2026-03-10T09:08:51.465Z
                    fires: Many Failed Logons From A Single Source (1 alert)
                  valid-login (T1078), done: 2 events from 2026-03-10T09:18:43.449Z to 2026-03-10T09:18:44.795Z
                    first alert 0s after its first event, at 2026-03-10T09:18:43.449Z
                    fires: Successful Network Or Remote Desktop Logon From A Public Address (2 alerts)
                  create-account (T1136.001), done: 2 events from 2026-03-10T09:35:50.839Z to 2026-03-10T09:35:51.705Z
                    first alert 0s after its first event, at 2026-03-10T09:35:50.839Z
                    fires: User Account Created (1 alert)

                Rules: alerts, true positives, false positives, false-positive share
                       0      0      0     -  low      Failed Logon From A Network Source (956ffede-9410-4db8-8c1d-d6bbee28655c), feeds correlations only
                       3      1      2   67%  medium   Many Failed Logons From A Single Source (bf96b1f9-72ae-4230-9222-67d8f6405340)
                       2      2      0    0%  high     Successful Network Or Remote Desktop Logon From A Public Address (3c36eae1-ebce-4e91-bbf2-19be5ef96e9b)
                       1      1      0    0%  medium   User Account Created (4b9dc90a-75aa-4aba-b0f5-7e7534499d0f)

                Winnable: yes: every stage the answer key names raises an alert, and each stage to contain raises one in time
                """);
    }

    @Test
    void tutorialJsonCarriesTheSameNumbers() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ScenarioCheck.run(tutorial, 7).toJson());

        assertThat(json.get("events").asLong()).isEqualTo(4090);
        JsonNode spray = json.get("stages").get(0);
        assertThat(spray.toString()).isEqualTo("{\"id\":\"spray\",\"technique\":\"T1110.003\",\"status\":\"done\","
                + "\"events\":36,\"first_event\":\"2026-03-10T09:08:37.051Z\",\"last_event\":\"2026-03-10T09:10:52.769Z\","
                + "\"rules\":[{\"id\":\"bf96b1f9-72ae-4230-9222-67d8f6405340\",\"title\":\"Many Failed Logons From A "
                + "Single Source\",\"alerts\":1}],\"first_alert\":\"2026-03-10T09:08:51.465Z\",\"first_alert_delay_seconds\":14}");
        assertThat(json.get("rules").get(1).toString()).isEqualTo("{\"id\":\"bf96b1f9-72ae-4230-9222-67d8f6405340\","
                + "\"title\":\"Many Failed Logons From A Single Source\",\"type\":\"correlation\",\"level\":\"medium\","
                + "\"feeds_only\":false,\"alerts\":3,\"true_positives\":1,\"false_positives\":2,\"false_positive_share\":0.667}");
        assertThat(json.get("winnable").asBoolean()).isTrue();
        assertThat(json.get("reasons")).isEmpty();
        assertThat(json.get("errors")).isEmpty();
    }

    @Test
    void aStageTheAnswerKeyNamesWithoutAnyAlertMakesTheScenarioUnwinnable() {
        List<RuleSource> rules = tutorial.rules().stream().filter(r -> !r.path().endsWith("new-user-account.yml")).toList();

        ScenarioCheckReport report = ScenarioCheck.run(with(tutorial, rules, tutorial.stages(), tutorial.answerKey()), 7);

        assertThat(report.winnable()).isFalse();
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.reasons()).containsExactly("no rule raises an alert on stage create-account (T1136.001, "
                + "2 events), yet the answer key asks to escalate it");
        assertThat(report.toText()).contains("""
                  create-account (T1136.001), done: 2 events from 2026-03-10T09:35:50.839Z to 2026-03-10T09:35:51.705Z
                    no rule fires on it
                """).endsWith("""
                Winnable: no
                  - no rule raises an alert on stage create-account (T1136.001, 2 events), yet the answer key asks to escalate it
                """);
    }

    @Test
    void aStageToContainWhoseFirstAlertComesAfterTheLastStageBeginsCannotBeContainedInTime() {
        List<RuleSource> rules = new ArrayList<>(tutorial.rules().stream()
                .filter(r -> !r.path().endsWith("failed-logons-single-source.yml")).toList());
        rules.add(new RuleSource("rules/late.yml", """
                title: Failed logons, counted per address each hour
                id: late-failed-logons
                name: late_failed_logons
                logsource: {product: windows, service: security}
                detection:
                  sel: {EventID: 4625, TargetUserName|startswith: ''}
                  filter: {IpAddress|cidr: '10.0.0.0/8'}
                  condition: sel and not filter
                level: low
                ---
                title: Failed logons from one outside address within an hour
                id: hourly-failures
                correlation:
                  type: event_count
                  rules: [late_failed_logons]
                  group-by: [IpAddress]
                  timespan: 1h
                  condition: {lte: 1000}
                level: medium
                """));

        ScenarioCheckReport report = ScenarioCheck.run(with(tutorial, rules, tutorial.stages(), tutorial.answerKey()), 7);

        assertThat(report.reasons()).containsExactly("the first alert on stage spray comes at 2026-03-10T10:08:39.323Z, "
                + "not before the last stage, create-account, begins at 2026-03-10T09:35:50.839Z: nobody can contain its "
                + "ip in time");
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void theLastStageToContainMustAlertBeforeItsLastEvent() {
        AnswerKey key = new AnswerKey(List.of(), List.of(new ContainTarget("create-account", EntityKind.USER)));
        List<RuleSource> rules = tutorial.rules();

        ScenarioCheckReport report = ScenarioCheck.run(with(tutorial, rules, tutorial.stages(), key), 7);

        assertThat(report.winnable()).isTrue();
    }

    @Test
    void aQuietNightWithoutAttackStagesIsWinnableAndSaysSo() {
        Scenario quiet = with(tutorial, tutorial.rules(), List.of(), new AnswerKey(List.of(), List.of()));

        ScenarioCheckReport report = ScenarioCheck.run(quiet, 7);

        assertThat(report.stages()).isEmpty();
        assertThat(report.attackEvents()).isZero();
        assertThat(report.winnable()).isTrue();
        assertThat(report.rules()).allSatisfy(rule -> assertThat(rule.truePositives()).isZero());
        assertThat(report.toText()).contains("Attack stages\n  none: a quiet night\n").endsWith("Winnable: yes, as a "
                + "quiet night: there is no attack stage, so the shift is won by closing false positives without "
                + "escalating or containing anything\n");
    }

    @Test
    void ruleErrorsAreReportedAndTheRulesThatLoadedStillRun() {
        List<RuleSource> rules = new ArrayList<>(tutorial.rules());
        rules.add(new RuleSource("rules/broken.yml", "title: Broken\nlogsource: {product: windows}\ndetection:\n"
                + "  sel: {EventID|contians: 1}\n  condition: sel\n"));

        ScenarioCheckReport report = ScenarioCheck.run(with(tutorial, rules, tutorial.stages(), tutorial.answerKey()), 7);

        assertThat(report.errors()).extracting(RuleError::format)
                .containsExactly("rules/broken.yml:4:17: unknown modifier 'contians'");
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.winnable()).isTrue();
        assertThat(report.toText()).contains("Rule pack: 4 rules, 1 error\n  rules/broken.yml:4:17: unknown modifier 'contians'\n");
    }

    private static Scenario with(Scenario s, List<RuleSource> rules, List<Stage> stages, AnswerKey key) {
        return new Scenario(s.id(), s.title(), s.summary(), s.difficulty(), s.roles(), s.duration(), s.start(),
                s.seed(), s.briefing(), s.hints(), s.organisation(), s.noise(), s.lookalikes(), stages, rules, key,
                s.weights(), s.playbook());
    }
}
