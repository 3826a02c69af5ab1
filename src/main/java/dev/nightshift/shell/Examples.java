package dev.nightshift.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** At least one example for every command, as a user would type it; {@code help <command>} shows them. */
final class Examples {

    private static final Map<String, List<String>> BY_COMMAND = Map.ofEntries(
            Map.entry("help", List.of("help", "help triage", "triage --help")),
            Map.entry("history", List.of("history", "history --file my-shift.txt")),
            Map.entry("quit", List.of("quit")),
            Map.entry("exit", List.of("exit")),
            Map.entry("clear", List.of("clear")),
            Map.entry("stacktrace", List.of("stacktrace")),
            Map.entry("repair", List.of("repair")),
            Map.entry("version", List.of("version", "./nightshift --version")),
            Map.entry("technique", List.of("technique T1110.003")),
            Map.entry("scenario list", List.of("scenario list")),
            Map.entry("scenario show", List.of("scenario show tutorial-brute-force")),
            Map.entry("scenario validate", List.of("scenario validate scenarios/my-scenario.yml", "scenario validate scenarios/*.yml")),
            Map.entry("scenario check", List.of("scenario check tutorial-brute-force", "scenario check scenarios/my-scenario.yml --seed 3 --json")),
            Map.entry("scenario calibrate", List.of("scenario calibrate tutorial-brute-force --seeds 3")),
            Map.entry("generate", List.of("generate --scenario phishing-macro-c2 --format ecs --out phishing.ecs.jsonl",
                    "generate --scenario tutorial-brute-force --seed 9 --out spray.jsonl --truth spray.truth.jsonl")),
            Map.entry("rules validate", List.of("rules validate scenarios/rules/tutorial-brute-force")),
            Map.entry("rules test", List.of("rules test --rules scenarios/rules/tutorial-brute-force --events spray.jsonl",
                    "rules test --rules my-rule.yml --events security.evtx.json --format evtx-json --json")),
            Map.entry("start", List.of("start --scenario tutorial-brute-force --role analyst",
                    "start --scenario ransomware-3am --role analyst --seed 12 --pace realtime:60")),
            Map.entry("status", List.of("status")),
            Map.entry("sessions", List.of("sessions")),
            Map.entry("resume", List.of("resume S-0002")),
            Map.entry("end", List.of("end --yes")),
            Map.entry("score", List.of("score", "score --json")),
            Map.entry("script", List.of("script --file tutorial.txt")),
            Map.entry("wait", List.of("wait 15m", "wait 1h30m")),
            Map.entry("next", List.of("next")),
            Map.entry("alerts", List.of("alerts", "alerts --state open --severity high,critical --sort age",
                    "alerts --rule \"Many Failed Logons\" --sort count")),
            Map.entry("alert", List.of("alert A-001", "alert A-001 --raw")),
            Map.entry("search", List.of("search IpAddress=198.51.100.* EventID=4624", "search TargetUserName=j.smith --limit 50")),
            Map.entry("triage", List.of("triage A-001 --verdict true-positive --technique T1110.003 --note \"spray from one address\"",
                    "triage --rule A-004 --where IpAddress=10.0.4.17 --verdict benign")),
            Map.entry("escalate", List.of("escalate A-002 --severity high --note \"account taken over\"")),
            Map.entry("contain", List.of("contain ip 203.0.113.7", "contain user j.smith", "contain host WS-0123")),
            Map.entry("release", List.of("release host WS-0123")),
            Map.entry("intel", List.of("intel 203.0.113.7", "intel cdn-static-assets.example",
                    "intel http://files.update-cdn.example/tools/svc.exe", "intel accounts@invoice-portal.example")),
            Map.entry("whois", List.of("whois user j.smith", "whois host WS-0123", "whois ip 203.0.113.7")),
            Map.entry("hint", List.of("hint")),
            Map.entry("rule list", List.of("rule list")),
            Map.entry("rule show", List.of("rule show \"Many Failed Logons From A Single Source\"")),
            Map.entry("rule tickets", List.of("rule tickets")),
            Map.entry("rule tune", List.of("rule tune \"Many Failed Logons From A Single Source\" --exclude 'ParentImage=C:\\Windows\\CCM\\CcmExec.exe'"
                            + " --owner ada --reason \"SCCM inventory script\" --expires 30d",
                    "rule tune \"Many Failed Logons From A Single Source\" --threshold 20 --timespan 5m")),
            Map.entry("rule edit", List.of("rule edit \"Many Failed Logons From A Single Source\"", "rule edit \"Many Failed Logons From A Single Source\" --apply")),
            Map.entry("rule new", List.of("rule new --file my-rules/encoded-powershell.yml")),
            Map.entry("rule disable", List.of("rule disable \"Many Failed Logons From A Single Source\" --reason \"duplicates the spray rule\" --owner ada")),
            Map.entry("rule test", List.of("rule test")),
            Map.entry("rule diff", List.of("rule diff")),
            Map.entry("rule deploy", List.of("rule deploy --yes")),
            Map.entry("rules convert", List.of("rules convert --to splunk scenarios/rules/tutorial-brute-force/new-user-account.yml",
                    "rules convert --to kusto my-rule.yml --pipeline windows-sysmon --out my-rule.kql")),
            Map.entry("report", List.of("report --format html --out shift.html", "report --format json --signed --out result.json",
                    "report --session S-0003 --format navigator --out layer.json")),
            Map.entry("report verify", List.of("report verify result.json", "report verify alice.json --secret-file proctor.secret")),
            Map.entry("cohort import", List.of("cohort import results/*.json", "cohort import alice.json bob.json --cohort spring-2027")),
            Map.entry("cohort report", List.of("cohort report", "cohort report --cohort spring-2027 --html cohort.html")),
            Map.entry("assessment create", List.of("assessment create --scenario ransomware-3am --role analyst --candidates candidates.txt --time-limit 90m")),
            Map.entry("serve", List.of("serve", "serve --port 2222 --bind 0.0.0.0")));

    private Examples() {
    }

    static Optional<List<String>> of(String command) {
        return Optional.ofNullable(BY_COMMAND.get(command));
    }
}
