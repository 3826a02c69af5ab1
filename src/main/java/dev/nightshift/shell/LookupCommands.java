package dev.nightshift.shell;

import dev.nightshift.game.CaseAlert;
import dev.nightshift.game.Indicator;
import dev.nightshift.game.IntelFeeds;
import dev.nightshift.game.Sessions;
import dev.nightshift.game.Shift;
import dev.nightshift.game.Whois;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.world.Enrichment;
import java.util.List;
import java.util.Optional;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** The analyst's look-ups: threat intelligence, an entity's card and activity, and the scenario's hints. */
@Command(group = "Look-ups")
public class LookupCommands {

    private final Sessions sessions;

    LookupCommands(Sessions sessions) {
        this.sessions = sessions;
    }

    @Command(command = "intel", description = "Look an indicator up in the threat-intelligence feeds: a hash, IP, domain, URL, email or user agent (costs 2 minutes).")
    String intel(@Option(required = true, arityMax = 64, description = "the indicator; a user agent may be several words") String[] indicator) {
        String text = String.join(" ", indicator);
        Indicator parsed = Indicator.parse(text);
        int before = sessions.current().alerts().size();
        Optional<IntelFeeds.Entry> answer = sessions.intel(text);
        StringBuilder out = new StringBuilder(parsed.value()).append(" (").append(parsed.kind()).append("): ");
        if (answer.isEmpty()) {
            out.append("unknown to the feeds. No entry is not a clean bill of health: most attack infrastructure is new.\n");
        } else {
            IntelFeeds.Entry e = answer.get();
            out.append(e.verdict()).append(", confidence ").append(e.confidence()).append(", from ").append(e.source())
                    .append('\n').append("  first seen ").append(e.firstSeen()).append(", last seen ").append(e.lastSeen());
            if (!e.tags().isEmpty()) {
                out.append("; tags: ").append(String.join(", ", e.tags()));
            }
            out.append('\n');
        }
        if (parsed.kind().equals("ip")) {
            out.append("  where: ").append(sessions.inHand().enrichment().ip(parsed.value())).append('\n');
        }
        return out.append(clockLine()).append(raisedMeanwhile(before)).toString();
    }

    @Command(command = "whois", description = "Show a host's, user's or address's whole card and its recent activity in the logs so far (costs 2 minutes).")
    String whois(@Option(required = true, description = "host, user or ip") String kind,
                 @Option(required = true, description = "the host name, username or IP address") String name) {
        EntityKind parsed = EntityKind.parse(kind).orElseThrow(() -> new BadInputException(
                "unknown entity kind '" + kind + "': choose host, user or ip, e.g. whois user j.smith"));
        int before = sessions.current().alerts().size();
        Whois w = sessions.whois(parsed, name);
        StringBuilder out = new StringBuilder();
        w.card().forEach(line -> out.append(line).append('\n'));
        out.append("alerts:   ");
        if (w.alerts().isEmpty()) {
            out.append("none name it so far\n");
        } else {
            out.append(w.alerts().size() == 1 ? "the latest that names it:" : "the latest " + w.alerts().size() + " that name it:").append('\n');
            w.alerts().forEach(a -> out.append("  ").append(Render.alertRow(a)).append('\n'));
        }
        out.append("events:   ").append(w.events()).append(w.events() == 1 ? " names it" : " name it")
                .append(" in the logs so far").append(w.latest().isEmpty() ? "" : "; the latest:").append('\n');
        w.latest().forEach(e -> out.append("  ").append(Render.truncate(Render.compactEvent(e), 200)).append('\n'));
        return out.append(clockLine()).append(raisedMeanwhile(before)).toString();
    }

    @Command(command = "hint", description = "Show the scenario's next hint; each hint costs points on your score card (none in an assessment).")
    String hint() {
        String hint = sessions.hint();
        Shift shift = sessions.inHand();
        return "Hint " + shift.hintsTaken() + " of " + shift.hintsTotal() + ": " + hint + "\n(" + shift.hintsTaken()
                + (shift.hintsTaken() == 1 ? " hint" : " hints") + " taken: " + shift.hintsTaken()
                * dev.nightshift.scoring.Scorer.HINT_POINTS + " points off your total)";
    }

    /** The context lines of {@code alert}'s events. */
    static List<String> context(Enrichment enrichment, CaseAlert alert) {
        return EntityContext.lines(enrichment, alert.events().stream().limit(ShiftCommands.EVENTS_SHOWN).toList());
    }

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
