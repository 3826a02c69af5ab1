package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledRuleTestRunTest {

    private static final Path DIR = Path.of("src/test/resources/detection/ruletest");
    private static final Path RULES = DIR.resolve("rules.yml");
    private static final Path EVENTS = DIR.resolve("labelled-events.jsonl");
    private static final Path TRUTH = DIR.resolve("labelled-truth.jsonl");

    @Test
    void jsonCountsTruePositivesPerRuleAndNamesTheStagesNoRuleCaught() {
        RuleTestReport report = RuleTestRun.run(List.of(RULES), EVENTS, TRUTH);

        assertThat(report.toJson()).isEqualTo("{\"events\":8,\"rules\":["
                + "{\"id\":\"failed-logon\",\"title\":\"Failed logon\",\"type\":\"detection\",\"matches\":5,"
                + "\"event_indexes\":[0,1,2,4,7],\"alerts\":5,\"true_positives\":3,\"false_positives\":2},"
                + "{\"id\":\"password-guessing\",\"title\":\"Password guessing\",\"type\":\"correlation\",\"matches\":1,"
                + "\"event_indexes\":[4],\"alerts\":1,\"true_positives\":1,\"false_positives\":0},"
                + "{\"id\":\"encoded-powershell\",\"title\":\"Encoded PowerShell\",\"type\":\"detection\",\"matches\":1,"
                + "\"event_indexes\":[3],\"alerts\":1,\"true_positives\":0,\"false_positives\":1}],"
                + "\"errors\":[],"
                + "\"missed_stages\":[{\"stage\":\"valid-login\",\"technique\":\"T1078\",\"events\":1,\"first_event_index\":5},"
                + "{\"stage\":\"discovery\",\"technique\":\"T1033\",\"events\":1,\"first_event_index\":6}]}");
        assertThat(report.exitCode()).isZero();
    }

    @Test
    void textGivesEachRulesTruePositivesAndTheMissedStages() {
        String text = RuleTestRun.run(List.of(RULES), EVENTS, TRUTH).toText();

        assertThat(text).isEqualTo("""
                8 events, 3 rules, 3 matched
                     5  detection   medium   Failed logon (failed-logon)
                        3 true positives, 2 false positives
                        event indexes 0, 1, 2, 4, 7
                     1  correlation medium   Password guessing (password-guessing)
                        1 true positive, 0 false positives
                        event indexes 4
                     1  detection   medium   Encoded PowerShell (encoded-powershell)
                        0 true positives, 1 false positive
                        event indexes 3
                missed attack stage valid-login (T1078): 1 event, first at event index 5
                missed attack stage discovery (T1033): 1 event, first at event index 6
                """);
    }

    @Test
    void aCorrelationIsATruePositiveWhenAnyEventOfItsWindowIsAnAttack(@TempDir Path tmp) throws Exception {
        Path truth = tmp.resolve("truth.jsonl");
        Files.writeString(truth, """
                {"index":4,"truth":"attack","stage":"spray","technique":"T1110.003"}
                {"index":5,"truth":"attack","stage":"valid-login","technique":"T1078"}
                """);
        RuleTestReport report = RuleTestRun.run(List.of(RULES), EVENTS, truth);

        assertThat(report.rules()).extracting(RuleTestReport.RuleResult::truePositives).containsExactly(1, 1, 0);
        assertThat(report.missedStages()).containsExactly(new RuleTestReport.MissedStage("valid-login", "T1078", 1, 5));
    }

    @Test
    void withoutTruthTheReportKeepsItsOriginalKeys() {
        String json = RuleTestRun.run(List.of(RULES), EVENTS, null).toJson();

        assertThat(json).doesNotContain("true_positives", "missed_stages", "\"alerts\"");
        assertThat(RuleTestRun.run(List.of(RULES), EVENTS, null).toText()).doesNotContain("positive", "missed");
    }

    @Test
    void everyStageCaughtIsSaidInText(@TempDir Path tmp) throws Exception {
        Path truth = tmp.resolve("truth.jsonl");
        Files.writeString(truth, "{\"index\":0,\"truth\":\"attack\",\"stage\":\"spray\",\"technique\":\"T1110.003\"}\n");

        RuleTestReport report = RuleTestRun.run(List.of(RULES), EVENTS, truth);

        assertThat(report.toText()).endsWith("every attack stage was caught\n");
        assertThat(report.toJson()).endsWith("\"errors\":[],\"missed_stages\":[]}");
    }

    @Test
    void malformedTruthLinesArePositionedErrors(@TempDir Path tmp) throws Exception {
        Path truth = tmp.resolve("truth.jsonl");
        Files.writeString(truth, """
                {"index":0,"truth":"attack","stage":"spray","technique":"T1110.003"}
                {"index":0,"truth":"benign"}
                {"index":-1,"truth":"benign"}
                {"truth":"benign"}
                {"index":2,"truth":"attack","stage":"spray"}
                {"index":3,"truth":"lookalike","lookalike":7}
                {"index":4,"truth":"evil"}
                {"index":5 "truth":"benign"}
                [1,2]

                {"index":6,"truth":"benign"} x
                {"index":99,"truth":"benign"}
                {"index":7,"truth":"benign","extra":{"nested":[1]}}
                """);

        RuleTestReport report = RuleTestRun.run(List.of(RULES), EVENTS, truth);

        String file = truth.toString();
        assertThat(report.errors()).extracting(RuleError::format).containsExactly(
                file + ":2:10: event 0 already has a truth label, at line 1",
                file + ":3:10: \"index\" must be a whole number from 0, the event's 0-based line in the events file",
                file + ":4:1: the line has no \"index\": the event's 0-based line in the events file",
                file + ":5:20: a \"attack\" label needs \"technique\"",
                file + ":6:44: \"lookalike\" must be a non-empty text",
                file + ":7:20: \"truth\" must be benign, lookalike or attack",
                file + ":8:12: invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
                file + ":9:1: each line must be one JSON object",
                file + ":11:30: invalid JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                file + ":12:10: event index 99 is past the end of the events file, which has 8 lines");
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.rules().get(0).truePositives()).isEqualTo(1);
    }
}
