package dev.nightshift.engineer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.game.GameException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule files edited where they stand, the diff of a change set, and how broad an exclusion is. */
class RuleTextTest {

    private static final String FILE = """
            title: One
            id: r-one
            detection:
                selection:
                    EventID: 4625
                condition: selection
            level: low
            ---
            title: Two
            id: r-two
            correlation:
                type: event_count
                rules:
                    - r-one
                group-by:
                    - IpAddress
                timespan: 5m
                condition:
                    gte: 5
            level: medium
            """;

    @Test
    void scalarsAndListsChangeWhereTheyStandAndNothingElseMoves() {
        RuleText.Segment two = RuleText.document(FILE, "r-two");
        String raised = RuleText.setScalar(two.text(), "8", "correlation", "condition", "gte");
        String grouped = RuleText.setList(raised, List.of("IpAddress", "TargetUserName"), "correlation", "group-by");
        String leveled = RuleText.setScalar(grouped, RuleText.quote("high"), "level");
        String file = RuleText.replaceDocument(FILE, two, leveled);
        assertThat(file).isEqualTo(FILE.replace("gte: 5", "gte: 8").replace("level: medium", "level: high")
                .replace("        - IpAddress\n    timespan", "        - IpAddress\n        - TargetUserName\n    timespan"));
        assertThat(RuleText.replaceDocument(FILE, RuleText.document(FILE, "r-one"), null))
                .isEqualTo(FILE.substring(FILE.indexOf("title: Two")));
        assertThatThrownBy(() -> RuleText.setScalar(two.text(), "x", "nothing", "here"))
                .isInstanceOf(GameException.class).hasMessageContaining("'nothing.here'");
    }

    @Test
    void valuesAreQuotedOnlyWhenTheyWouldReadBackAsSomethingElse() {
        assertThat(RuleText.quote("C:\\Windows\\CCM\\CcmExec.exe")).isEqualTo("C:\\Windows\\CCM\\CcmExec.exe");
        assertThat(RuleText.quote("10")).isEqualTo("'10'");
        assertThat(RuleText.quote("yes")).isEqualTo("'yes'");
        assertThat(RuleText.quote("net group \"IT Support\" /domain")).isEqualTo("'net group \"IT Support\" /domain'");
        assertThat(RuleText.quote("it's: here")).isEqualTo("'it''s: here'");
        assertThat(RuleText.key("Threat Name")).isEqualTo("'Threat Name'");
    }

    @Test
    void theDiffIsWhatDiffUPrints() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
        String after = "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\nl\nm\n";
        assertThat(UnifiedDiff.of("x.yml", before, after)).isEqualTo("""
                --- a/x.yml
                +++ b/x.yml
                @@ -1,7 +1,7 @@
                 a
                 b
                 c
                -d
                +D
                 e
                 f
                 g
                @@ -10,3 +10,4 @@
                 j
                 k
                 l
                +m
                """);
        assertThat(UnifiedDiff.of("x.yml", before, before)).isEmpty();
        assertThat(UnifiedDiff.of("new.yml", null, "a\n")).isEqualTo("--- /dev/null\n+++ b/new.yml\n@@ -0,0 +1 @@\n+a\n");
    }

    @Test
    void anExclusionOfAWholeHostUserOrSubnetIsBroadAndOfWhatWasDoneIsNot() {
        assertThat(Breadth.ofTerms(List.of(Term.parse("Computer=WS-0101.harbourfinch.local"))).broad()).isTrue();
        assertThat(Breadth.ofTerms(List.of(Term.parse("TargetUserName=c.veum"))).broad()).isTrue();
        assertThat(Breadth.ofTerms(List.of(Term.parse("IpAddress=10.128.*"))).broad()).isTrue();
        assertThat(Breadth.ofTerms(List.of(Term.parse("IpAddress|cidr=10.0.0.0/8"))).broad()).isTrue();
        assertThat(Breadth.ofTerms(List.of(Term.parse("CommandLine=*"))).broad()).isTrue();
        assertThat(Breadth.ofTerms(List.of(Term.parse("IpAddress=203.0.113.144"))).broad()).isFalse();
        assertThat(Breadth.ofTerms(List.of(Term.parse("ParentImage=C:\\Windows\\CCM\\CcmExec.exe"))).broad()).isFalse();
        assertThat(Breadth.ofTerms(List.of(Term.parse("userAgent=aws-cli/2.15.30*"))).broad()).isFalse();
        assertThat(Breadth.ofTerms(List.of(Term.parse("Computer=FS01"), Term.parse("Image=C:\\x.exe"))).broad()).isFalse();
        assertThatThrownBy(() -> Term.parse("Image!=x")).hasMessageContaining("would exclude everything else");
    }
}
