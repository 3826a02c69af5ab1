package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules convert on the packaged jar: a query per target, a rule by id, a pipeline, --out, and exit 2 with a sentence. */
class RulesConvertCommandIT {

    private static final String RULE = """
            title: Renamed Whoami
            id: 11111111-2222-4333-8444-555555555555
            logsource: {product: windows, category: process_creation}
            detection:
              selection: {OriginalFileName: whoami.exe}
              filter: {Image|endswith: '\\\\whoami.exe'}
              condition: selection and not filter
            """;

    @TempDir
    Path home;

    @Test
    void writesEachTargetsQueryAndFindsARuleByIdWithAPipeline() throws Exception {
        Path rule = home.resolve("whoami.yml");
        Files.writeString(rule, RULE);
        Launch.Result splunk = Launch.run(home, "rules", "convert", "--to", "splunk", rule.toString());
        assertThat(splunk.exitCode()).isZero();
        assertThat(splunk.out()).isEqualTo("OriginalFileName=\"whoami.exe\" NOT Image=\"*\\\\whoami.exe\"\n");
        Launch.Result kusto = Launch.run(home, "rules", "convert", "11111111-2222-4333-8444-555555555555", "--to",
                "kusto", "--rules", home.toString(), "--pipeline", "windows-sysmon");
        assertThat(kusto.exitCode()).isZero();
        assertThat(kusto.out()).isEqualTo("(Channel =~ \"Microsoft-Windows-Sysmon/Operational\" and EventID == 1) "
                + "and (OriginalFileName =~ \"whoami.exe\" and (not(Image endswith \"\\\\whoami.exe\")))\n");
        Path out = home.resolve("q.esql");
        Launch.Result esql = Launch.run(home, "rules", "convert", "--to", "esql", rule.toString(), "--out",
                out.toString());
        assertThat(esql.exitCode()).isZero();
        assertThat(Files.readString(out)).isEqualTo("from * metadata _id, _index, _version | where "
                + "OriginalFileName==\"whoami.exe\" and not ends_with(Image, \"\\\\whoami.exe\")\n");
    }

    @Test
    void whatATargetCannotExpressIsBadInputNamingTheRuleAndTheConstruct() throws Exception {
        Path rule = home.resolve("keyword.yml");
        Files.writeString(rule, "title: Keyword\nlogsource: {product: linux}\ndetection:\n  keywords: [boom]\n"
                + "  condition: keywords\n");
        Launch.Result r = Launch.run(home, "rules", "convert", "--to", "esql", rule.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + rule + ":1:1: cannot convert 'Keyword' to esql: a keyword has no "
                + "esql form in pySigma's backend\n");
        Launch.Result target = Launch.run(home, "rules", "convert", "--to", "qradar", rule.toString());
        assertThat(target.exitCode()).isEqualTo(2);
        assertThat(target.err()).isEqualTo("error: unknown target 'qradar' for --to (known: splunk, kusto, lucene, "
                + "esql)\n");
    }
}
