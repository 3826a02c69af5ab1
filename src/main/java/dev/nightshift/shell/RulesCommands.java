package dev.nightshift.shell;

import dev.nightshift.detection.PlaceholderValues;
import dev.nightshift.detection.RuleTestOptions;
import dev.nightshift.detection.RuleTestReport;
import dev.nightshift.detection.RuleTestResults;
import dev.nightshift.detection.RuleTestRun;
import dev.nightshift.logs.LogFormat;
import dev.nightshift.detection.RuleValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** Sigma rule files outside a session: validate them, and run them over exported events. */
@Command(command = "rules", group = "Detection rules")
public class RulesCommands {

    @Command(command = "validate", description = "Check Sigma rule files or folders: rules validate <path>... (exit 2 on any error)")
    String validate(@Option(required = true, arityMax = 256, description = "rule files or folders") String[] paths) {
        RuleValidation v = RuleValidation.of(existing(paths));
        StringBuilder out = new StringBuilder();
        v.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
        v.checkWarnings().forEach(w -> out.append(w).append('\n'));
        out.append(v.summary());
        if (v.exitCode() != 0) {
            System.out.println(out);
            System.out.flush();
            throw new BadInputException(String.join("\n", v.errorLines()));
        }
        return out.toString();
    }

    @Command(command = "test", description = "Run rules over exported events: rules test --rules <file|dir> --events <file> [--format auto|jsonl|evtx-json|xml|ecs|cloudtrail] [--pipeline FILE] [--var name=value,...] [--level L] [--status S] [--tag T] [--truth FILE] [--json|--output text|table|json|csv|sarif]")
    String test(@Option(longNames = "rules", required = true, arityMax = 256, description = "rule files or folders") String[] rules,
                @Option(longNames = "events", required = true, description = "a file of events: JSON lines, evtx_dump JSON, Windows event XML, Winlogbeat/ECS or CloudTrail") String events,
                @Option(longNames = "format", defaultValue = "auto", description = "the events' format: auto (by content), jsonl, evtx-json, xml, ecs, cloudtrail") String format,
                @Option(longNames = "pipeline", arityMax = 64, description = "processing pipeline files (pySigma YAML) beside the built-in ones") String[] pipelines,
                @Option(longNames = "var", arityMax = 256, description = "placeholder values: name=value,... (a name given twice has several values), or @FILE of name: [values] YAML") String[] vars,
                @Option(longNames = "level", arityMax = 8, description = "report only rules of these levels (comma-separated)") String[] levels,
                @Option(longNames = "status", arityMax = 8, description = "report only rules of these statuses (comma-separated)") String[] statuses,
                @Option(longNames = "tag", arityMax = 64, description = "report only rules with one of these tags or their sub-tags (attack. may be left out)") String[] tags,
                @Option(longNames = "truth", description = "the truth labels 'generate --truth' wrote: adds true and false positives per rule and the stages no rule caught") String truth,
                @Option(longNames = "json", description = "print one JSON object, for scripts (as --output json)") boolean json,
                @Option(longNames = "output", defaultValue = "text", description = "text, table (rule, level, time, host, matched fields), json, csv or sarif (one SARIF result per line)") String output) {
        Path eventsPath = requireFile(events, "events");
        Path truthPath = truth == null ? null : requireFile(truth, "truth");
        RuleTestOptions options;
        try {
            options = new RuleTestOptions(LogFormat.of(format), files(pipelines, "pipeline"), PlaceholderValues.parse(vars),
                    Set.copyOf(list(levels)), Set.copyOf(list(statuses)), Set.copyOf(list(tags)));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        String shape = json ? "json" : output.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("text", "table", "json", "csv", "sarif").contains(shape)) {
            throw new BadInputException("unknown output '" + output + "' (known: text, table, json, csv, sarif)");
        }
        RuleTestResults results = RuleTestRun.run(existing(rules), eventsPath, truthPath, options);
        RuleTestReport report = results.report();
        String rendered = switch (shape) {
            case "json" -> report.toJson();
            case "table" -> results.toTable();
            case "csv" -> results.toCsv();
            case "sarif" -> results.toSarifLines();
            default -> results.toText();
        };
        if (report.exitCode() != 0) {
            System.out.println(rendered);
            System.out.flush();
            throw new BadInputException(report.errors().size() + " error(s): "
                    + report.errors().get(0).format() + (report.errors().size() > 1 ? " (and more above)" : ""));
        }
        if (shape.equals("csv") || shape.equals("sarif") || shape.equals("json")) {
            results.warnings().forEach(System.err::println);
        }
        return rendered;
    }

    /** Comma-separated values of a repeatable option, trimmed, without empty ones. */
    private static List<String> list(String[] values) {
        if (values == null) {
            return List.of();
        }
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static List<Path> files(String[] names, String what) {
        List<Path> paths = new java.util.ArrayList<>();
        for (String name : list(names)) {
            paths.add(requireFile(name, what));
        }
        return paths;
    }

    private static Path requireFile(String file, String what) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("no such " + what + " file: " + file);
        }
        return path;
    }

    private static List<Path> existing(String[] paths) {
        List<Path> result = Arrays.stream(paths).map(Path::of).toList();
        for (Path p : result) {
            if (!Files.exists(p)) {
                throw new BadInputException("no such rule file or folder: " + p);
            }
        }
        return result;
    }
}
