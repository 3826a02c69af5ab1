package dev.nightshift.shell;

import dev.nightshift.detection.Alert;
import dev.nightshift.game.CaseAlert;
import dev.nightshift.game.SearchResult;
import dev.nightshift.game.Sessions;
import dev.nightshift.game.Shift;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.Verdict;
import dev.nightshift.telemetry.Event;
import dev.nightshift.scenario.EntityKind;
import java.util.List;
import org.jline.reader.LineReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** The analyst's shift: the clock, the alert queue, verdicts, containment and escalation. */
@Command(group = "The shift")
public class ShiftCommands {

    static final int EVENTS_SHOWN = 20;
    private final Sessions sessions;
    private final dev.nightshift.engineer.ChangeWindows windows;
    private final ObjectProvider<LineReader> lineReader;

    ShiftCommands(Sessions sessions, dev.nightshift.engineer.ChangeWindows windows,
                  ObjectProvider<LineReader> lineReader) {
        this.sessions = sessions;
        this.windows = windows;
        this.lineReader = lineReader;
    }

    @Command(command = "wait", description = "Let simulated time pass: wait 15m (or 1h, 90s, 1h30m)")
    String waitFor(@Option(required = true, description = "how long, e.g. 15m") String duration) {
        List<CaseAlert> raised = sessions.waitFor(Durations.parse(duration));
        return clockLine() + "\n" + Render.newAlerts(raised);
    }

    @Command(command = "next", description = "Let time run until the next alert is raised.")
    String next() {
        List<CaseAlert> raised = sessions.next();
        return clockLine() + "\n" + (raised.isEmpty() ? "No more alerts this shift; type 'end' for your score card."
                : Render.newAlerts(raised));
    }

    @Command(command = "alerts", description = "List the alert queue: alerts [--state open|new|closed|escalated] [--rule R] [--severity high,critical] [--sort age|newest|severity|count|rule]")
    String alerts(@OptionValues(provider = "alertStates") @Option(longNames = "state", description = "open (new or opened, not yet closed), new, closed or escalated; comma-separated for several") String state,
                  @OptionValues(provider = "ruleIds") @Option(longNames = "rule", description = "a rule's id (or its start) or words of its title") String rule,
                  @OptionValues(provider = "alertLevels") @Option(longNames = "severity", description = "the alerts' levels, comma-separated: informational, low, medium, high, critical") String severity,
                  @OptionValues(provider = "alertSorts") @Option(longNames = "sort", description = "age (oldest first, the default), newest, severity, count or rule") String sort) {
        AlertFilter filter = AlertFilter.of(state, rule, severity, sort);
        dev.nightshift.game.QueueView view = sessions.queueView();
        String clock = "[" + Render.time(view.clock()) + (view.over() ? ", shift over" : "") + "]";
        if (view.alerts().isEmpty()) {
            return clock + "\nNo alerts yet; 'next' waits for one.";
        }
        List<dev.nightshift.game.QueueView.Row> shown = filter.apply(view.alerts());
        StringBuilder out = new StringBuilder(clock).append('\n');
        if (!filter.isEmpty()) {
            out.append(filter.describe(shown.size(), view.alerts().size())).append('\n');
        }
        if (shown.isEmpty()) {
            return out.append("None match; 'alerts' lists them all.").toString();
        }
        out.append(Render.alertHeader()).append('\n');
        shown.forEach(a -> out.append(Render.alertRow(a)).append('\n'));
        return out.toString().stripTrailing();
    }

    @Command(command = "alert", description = "Open an alert: its rule and the events that raised it (costs 1 minute).")
    String alert(@OptionValues(provider = "alertIds") @Option(required = true, description = "an alert id such as A-001") String id,
                 @Option(longNames = "raw", description = "show each event as the raw JSON the log source wrote") boolean raw) {
        int before = sessions.current().alerts().size();
        CaseAlert a = sessions.view(id);
        Alert rule = a.alert();
        StringBuilder out = new StringBuilder();
        out.append(a.id()).append("  ").append(rule.title()).append('\n');
        out.append("rule:     ").append(rule.ruleId()).append(rule.correlation() ? " (correlation)" : "").append('\n');
        out.append("level:    ").append(rule.level()).append("    author: ").append(rule.author()).append('\n');
        out.append("raised:   ").append(Render.time(a.raisedAt())).append("    state: ").append(a.state()).append('\n');
        if (!rule.tags().isEmpty()) {
            out.append("tags:     ").append(String.join(", ", rule.tags())).append('\n');
        }
        out.append("subject:  ").append(Render.subject(a)).append(a.count() > 1 ? "    (" + a.count()
                + " alerts folded, the last at " + Render.clock(a.lastSeenAt()) + ")" : "").append('\n');
        if (rule.description() != null && !rule.description().isBlank()) {
            out.append("about:    ").append(rule.description().strip().replaceAll("\\s+", " ")).append('\n');
        }
        if (a.verdict() != null) {
            out.append("verdict:  ").append(a.verdict().word()).append('\n');
        }
        if (a.escalation() != null) {
            out.append("escalated: ").append(a.escalation().word()).append('\n');
        }
        List<Event> events = a.events();
        out.append("events (").append(events.size()).append("):\n");
        events.stream().limit(EVENTS_SHOWN)
                .forEach(e -> out.append("  ").append(raw ? Render.event(e) : Render.compactEvent(e)).append('\n'));
        if (events.size() > EVENTS_SHOWN) {
            out.append("  ... and ").append(events.size() - EVENTS_SHOWN).append(" more\n");
        }
        List<String> context = LookupCommands.context(sessions.inHand().enrichment(), a);
        if (!context.isEmpty()) {
            out.append("context:\n");
            context.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.append(raisedMeanwhile(before)).toString().stripTrailing();
    }

    @Command(command = "search", description = "Search the logs so far in the search language of docs/search.md (costs 2 minutes), e.g. search EventID=4625 earliest=-1h | stats count by IpAddress | sort -count")
    String search(@OptionValues(provider = "searchTerms") @Option(required = true, arityMax = 512, description = "a search: field=value, field!=value, field>N, words, \"phrases\", AND/OR/NOT, ( ), earliest=-2h latest=-30m, then | stats, table, sort, head, dedup, top, rare, timechart") String[] query,
                  @Option(longNames = "limit", defaultValue = "20", description = "how many of the latest events, or of a table's first rows, to show") int limit) {
        String text = String.join(" ", query);
        if (windows.currentIsEngineer()) {
            dev.nightshift.game.EventQuery.parse(text);
            SearchResult result = (SearchResult) windows.perform(dev.nightshift.game.Action.of("search", text,
                    Integer.toString(limit)));
            return SearchView.render(result, true, SearchView.width(lineReader))
                    + "(last week's events; searching costs the engineer no time)";
        }
        int before = sessions.current().alerts().size();
        SearchResult result = sessions.search(text, limit);
        return SearchView.render(result, false, SearchView.width(lineReader)) + clockLine() + raisedMeanwhile(before);
    }

    @Command(command = "triage", description = "Give a verdict: triage <alert> --verdict true-positive|false-positive|benign [--technique T...] [--note ...]; or close a noisy rule's alerts at once: triage --rule <rule|alert> [--where field=value] --verdict benign")
    String triage(@OptionValues(provider = "alertIds") @Option(description = "an alert id such as A-001") String id,
                  @OptionValues(provider = "verdicts") @Option(longNames = "verdict", required = true, description = "true-positive, false-positive or benign") String verdict,
                  @Option(longNames = "technique", description = "ATT&CK technique ids you recognise, comma-separated") String technique,
                  @Option(longNames = "note", description = "a note for the case") String note,
                  @OptionValues(provider = "ruleIds") @Option(longNames = "rule", description = "close every open alert of this rule (its id, its title, or one of its alerts such as A-004); costs 3 minutes plus 15 seconds an alert, at most 10") String rule,
                  @Option(longNames = "where", arityMax = 16, description = "with --rule: only alerts whose events all match, e.g. --where src_ip=10.0.4.17") String[] where) {
        Verdict parsed = Verdict.parse(verdict).orElseThrow(() -> new BadInputException(
                "unknown verdict '" + verdict + "': choose " + Verdict.choices()));
        int before = sessions.current().alerts().size();
        if (rule != null) {
            if (id != null || technique != null) {
                throw new BadInputException("triage --rule closes a rule's alerts in bulk: give no alert id and no --technique with it");
            }
            List<CaseAlert> closed = sessions.triageRule(rule, where == null ? null : String.join(" ", where), parsed, note);
            return closed.size() + (closed.size() == 1 ? " alert" : " alerts") + " of '" + closed.get(0).alert().title()
                    + "' closed as " + parsed.word() + ": " + closed.stream().map(CaseAlert::id)
                    .collect(java.util.stream.Collectors.joining(", ")) + ". " + clockLine() + raisedMeanwhile(before);
        }
        if (where != null) {
            throw new BadInputException("--where goes with --rule: triage --rule A-004 --where src_ip=10.0.4.17 --verdict benign");
        }
        if (id == null) {
            throw new BadInputException("triage needs an alert id (triage A-001 --verdict benign) or --rule for a bulk verdict");
        }
        List<String> techniques = technique == null ? List.of() : List.of(technique.split("\\s*,\\s*"));
        for (String t : techniques) {
            InfoCommands.requireTechnique(t);
        }
        CaseAlert a = sessions.triage(id, parsed, techniques, note);
        return a.id() + " closed as " + parsed.word() + ". " + clockLine() + raisedMeanwhile(before);
    }

    @Command(command = "escalate", description = "Escalate an alert: escalate <alert> --severity low|medium|high|critical [--note ...]")
    String escalate(@OptionValues(provider = "alertIds") @Option(required = true, description = "an alert id such as A-001") String id,
                    @OptionValues(provider = "severities") @Option(longNames = "severity", required = true, description = "low, medium, high or critical") String severity,
                    @Option(longNames = "note", description = "a note for the incident responders") String note) {
        Severity parsed = Severity.parse(severity).orElseThrow(() -> new BadInputException(
                "unknown severity '" + severity + "': choose " + Severity.choices()));
        int before = sessions.current().alerts().size();
        CaseAlert a = sessions.escalate(id, parsed, note);
        return a.id() + " escalated at " + parsed.word() + ". " + clockLine() + raisedMeanwhile(before);
    }

    @Command(command = "contain", description = "Contain an entity: contain host|user|ip <name> (costs 5 minutes)")
    String contain(@OptionValues(provider = "entityKinds") @Option(required = true, description = "host, user or ip") String kind,
                   @OptionValues(provider = "entityNames") @Option(required = true, description = "the host name, username or IP address") String name) {
        EntityKind parsed = kind(kind);
        int before = sessions.current().alerts().size();
        sessions.contain(parsed, name);
        return switch (parsed) {
            case HOST -> "Host " + name + " isolated from the network.";
            case USER -> "User " + name + " disabled and their sessions revoked.";
            case IP -> "IP " + name + " blocked at the perimeter.";
        } + " " + clockLine() + raisedMeanwhile(before);
    }

    @Command(command = "release", description = "Lift a containment: release host|user|ip <name>")
    String release(@OptionValues(provider = "entityKinds") @Option(required = true, description = "host, user or ip") String kind,
                   @OptionValues(provider = "entityNames") @Option(required = true, description = "the host name, username or IP address") String name) {
        EntityKind parsed = kind(kind);
        int before = sessions.current().alerts().size();
        sessions.release(parsed, name);
        return parsed.word() + " " + name + " released. " + clockLine() + raisedMeanwhile(before);
    }

    private static EntityKind kind(String kind) {
        return EntityKind.parse(kind).orElseThrow(() -> new BadInputException(
                "unknown entity kind '" + kind + "': choose host, user or ip"));
    }

    /** A note of the alerts raised while the trainee was busy with the last action, if any. */
    private String raisedMeanwhile(int before) {
        List<CaseAlert> all = sessions.inHand().alerts();
        return all.size() == before ? "" : "\n" + Render.newAlerts(all.subList(before, all.size()))
                .replaceFirst("new alert\\(s\\):", "new alert(s) while you worked:");
    }

    private String clockLine() {
        Shift shift = sessions.inHand();
        return "[" + Render.time(shift.now()) + (shift.isOver() ? ", shift over" : "") + "]";
    }
}
