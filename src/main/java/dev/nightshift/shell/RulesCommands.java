package dev.nightshift.shell;

import dev.nightshift.detection.RuleTestReport;
import dev.nightshift.detection.RuleTestRun;
import dev.nightshift.detection.RuleValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** Sigma rule files outside a session: validate them, and run them over any JSON-lines events. */
@Command(command = "rules", group = "Detection rules")
class RulesCommands {

    @Command(command = "validate", description = "Check Sigma rule files or folders: rules validate <path>... (exit 2 on any error)")
    String validate(@Option(required = true, arityMax = 256, description = "rule files or folders") String[] paths) {
        RuleValidation v = RuleValidation.of(existing(paths));
        StringBuilder out = new StringBuilder();
        v.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
        out.append(v.summary());
        if (v.exitCode() != 0) {
            System.out.println(out);
            System.out.flush();
            throw new BadInputException(String.join("\n", v.errorLines()));
        }
        return out.toString();
    }

    @Command(command = "test", description = "Run rules over JSON-lines events: rules test --rules <file|dir> --events <file.jsonl> [--truth FILE] [--json]")
    String test(@Option(longNames = "rules", required = true, arityMax = 256, description = "rule files or folders") String[] rules,
                @Option(longNames = "events", required = true, description = "a JSON-lines file of events, ours or real ones") String events,
                @Option(longNames = "truth", description = "the truth labels 'generate --truth' wrote: adds true and false positives per rule and the stages no rule caught") String truth,
                @Option(longNames = "json", description = "print one JSON object, for scripts") boolean json) {
        Path eventsPath = requireFile(events, "events");
        Path truthPath = truth == null ? null : requireFile(truth, "truth");
        RuleTestReport report = truthPath == null ? RuleTestRun.run(existing(rules), eventsPath)
                : RuleTestRun.run(existing(rules), eventsPath, truthPath);
        String rendered = json ? report.toJson() : report.toText();
        if (report.exitCode() != 0) {
            System.out.println(rendered);
            System.out.flush();
            throw new BadInputException(report.errors().size() + " error(s): "
                    + report.errors().get(0).format() + (report.errors().size() > 1 ? " (and more above)" : ""));
        }
        return rendered;
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
