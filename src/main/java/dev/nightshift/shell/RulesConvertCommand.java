package dev.nightshift.shell;

import dev.nightshift.convert.ConvertRun;
import dev.nightshift.convert.ConvertTarget;
import dev.nightshift.detection.PlaceholderValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** {@code rules convert}: the query a SIEM would run for a Sigma rule. */
@Command(command = "rules", group = "Detection rules")
public class RulesConvertCommand {

    @Command(command = "convert", description = "Write the SIEM query of a Sigma rule: rules convert --to splunk|kusto|lucene|esql <file|rule id> [--rules <file|dir>...] [--pipeline FILE|NAME...] [--var name=value,...] [--out FILE] [--force]")
    String convert(@Option(description = "a rule file, or the id or name of a rule among --rules") String rule,
                   @Option(longNames = "to", required = true, arityMax = 2, description = "splunk (SPL), kusto (KQL for Sentinel and Defender), lucene (Elasticsearch query string) or esql (ES|QL); the rule may follow it") String[] toAndRule,
                   @Option(longNames = "rules", arityMax = 256, description = "rule files or folders to find a rule id in") String[] rules,
                   @Option(longNames = "pipeline", arityMax = 64, description = "processing pipelines played on the rule first: pySigma YAML files or built-in names (windows-sysmon, windows-audit, ...)") String[] pipelines,
                   @Option(longNames = "var", arityMax = 256, description = "placeholder values for |expand: name=value,... or @FILE") String[] vars,
                   @Option(longNames = "out", arityMax = 1, description = "the file to write (default: stdout)") String out,
                   @Option(longNames = "force", description = "replace the --out file if it exists") boolean force) {
        // the shell gives a rule written right after '--to T' to --to, as its second value
        String to = toAndRule[0];
        if (toAndRule.length == 2 && rule != null) {
            throw new BadInputException("--to takes one target, got '" + String.join(" ", toAndRule) + "' and the rule "
                    + rule);
        }
        rule = toAndRule.length == 2 ? toAndRule[1] : rule;
        if (rule == null) {
            throw new BadInputException("name the rule to convert: rules convert --to " + to + " <file|rule id>");
        }
        OutputFile outFile = out == null ? null : OutputFile.check(Path.of(out), "--out", force);
        ConvertRun run;
        try {
            ConvertTarget target = ConvertTarget.of(to);
            Map<String, List<String>> values = PlaceholderValues.parse(vars);
            List<Path> rulePaths = rules == null ? List.of() : Arrays.stream(rules).map(Path::of).toList();
            run = ConvertRun.run(target, rule, rulePaths, pipelines == null ? List.of() : List.of(pipelines), values);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (outFile != null && run.converted() > 0) {
            write(outFile, run.text());
        }
        if (!run.errors().isEmpty()) {
            if (outFile == null && !run.text().isEmpty()) {
                System.out.print(run.text());
                System.out.flush();
            }
            throw new BadInputException(String.join("\n", run.errors()));
        }
        if (outFile != null) {
            return "wrote " + run.converted() + (run.converted() == 1 ? " query" : " queries") + " to " + out;
        }
        return run.text().stripTrailing();
    }

    private static void write(OutputFile file, String text) {
        try {
            try (Writer writer = file.open()) {
                writer.write(text);
            }
            file.commit();
        } catch (IOException e) {
            file.discard();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            file.discard();
            throw e;
        }
    }
}
