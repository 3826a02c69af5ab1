package dev.nightshift.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.nightshift.scoring.EngineerCard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the security engineer's score card as text for the terminal, or as JSON for scripts. */
public final class EngineerReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final int HIDDEN_SHOWN = 10;

    private EngineerReport() {
    }

    public static String json(EngineerCard card) {
        try {
            return JSON.writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the score card as JSON", e);
        }
    }

    public static String text(EngineerCard card) {
        StringBuilder out = new StringBuilder();
        EngineerCard.Week w = card.heldOut();
        out.append("Score card: ").append(card.scenarioId()).append(", engineer, seed ").append(card.seed()).append('\n');
        out.append("Graded on the held-out week ").append(w.from(), 0, 10).append(" to ").append(w.to(), 0, 10)
                .append(", which you never saw: ").append(String.format(Locale.ROOT, "%,d", w.events()))
                .append(" events, ").append(w.stageInstances()).append(" attack stage instances\n\n");
        out.append(String.format(Locale.ROOT, "  TOTAL  %d / 100%n%n", card.total()));
        for (EngineerCard.Component c : card.components()) {
            out.append(String.format(Locale.ROOT, "  %-20s %3d  %-6s %5.1f  %s%n", c.name(), c.weight(),
                    c.score() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", c.score()), c.points(),
                    c.score() == null ? "nothing to measure: its weight went to the others" : c.detail()));
        }
        EngineerCard.Penalties p = card.penalties();
        if (p.points() > 0) {
            out.append(String.format(Locale.ROOT, "  %-20s      %-6s %5d  %d broad exclusions or disabled rules, %d each%n",
                    "penalties", "", -p.points(), p.broadChanges(), p.pointsEach()));
        }
        out.append(String.format(Locale.ROOT, "%nHeld-out week: alerts %d -> %d, false positives %d -> %d, stage"
                        + " instances caught %d -> %d (%d kept), analyst hours saved %.1f%n",
                w.alertsBefore(), w.alertsAfter(), w.falsePositivesBefore(), w.falsePositivesAfter(), w.caughtBefore(),
                w.caughtAfter(), w.keptFromBefore(), w.analystHoursSaved()));
        if (!card.rules().isEmpty()) {
            out.append("\nPer rule on the held-out week, before -> after:\n");
            out.append(String.format(Locale.ROOT, "  %-48s %-9s %-11s %-11s %s%n", "RULE", "STATE", "ALERTS", "FALSE POS",
                    "STAGES CAUGHT"));
            for (EngineerCard.RuleLine r : card.rules()) {
                out.append(String.format(Locale.ROOT, "  %-48s %-9s %-11s %-11s %s%n", cut(r.title(), 48), r.state(),
                        r.alertsBefore() + " -> " + r.alertsAfter(), r.falsePositivesBefore() + " -> "
                                + r.falsePositivesAfter(), r.stagesBefore() + " -> " + r.stagesAfter()));
            }
        }
        if (!card.changes().isEmpty()) {
            out.append("\nExclusions and disabled rules (hygiene):\n");
            for (EngineerCard.Change c : card.changes()) {
                out.append("  ").append(c.kind()).append(' ').append(c.id()).append(" on ").append(c.rule())
                        .append(": owner ").append(or(c.owner())).append(", reason ").append(or(c.reason()));
                if (c.kind().equals("exclusion")) {
                    out.append(", expires ").append(c.expires() == null ? "never" : "after " + c.expires())
                            .append(c.expiryOk() || c.expires() == null ? "" : " (not within a year ahead)");
                }
                out.append(String.format(Locale.ROOT, "; hygiene %.2f", c.hygiene()));
                if (c.broad()) {
                    out.append("; broad: ").append(c.breadth());
                }
                out.append('\n');
            }
        }
        if (card.hidden().isEmpty()) {
            out.append("\nNo held-out attack event was hidden by a change.\n");
        } else {
            out.append("\nHeld-out attack events a change hid (").append(card.hidden().size()).append("):\n");
            Map<String, Integer> byRule = new LinkedHashMap<>();
            card.hidden().forEach(h -> byRule.merge(h.rule() + " (" + h.ruleState() + "), stage " + h.stage() + " "
                    + h.technique(), 1, Integer::sum));
            byRule.forEach((k, n) -> out.append("  ").append(n).append(" x ").append(k).append('\n'));
            List<EngineerCard.Hidden> shown = card.hidden().subList(0, Math.min(HIDDEN_SHOWN, card.hidden().size()));
            for (EngineerCard.Hidden h : shown) {
                out.append("    ").append(h.time().replace('T', ' ').replaceAll("(\\.\\d+)?Z$", "")).append("  host=")
                        .append(or(h.host())).append(h.user() == null ? "" : "  user=" + h.user()).append("  ")
                        .append(h.stage()).append('\n');
            }
            if (card.hidden().size() > shown.size()) {
                out.append("    ... and ").append(card.hidden().size() - shown.size()).append(" more (score --json lists them all)\n");
            }
        }
        return out.toString().stripTrailing();
    }

    private static String or(String s) {
        return s == null || s.isBlank() ? "none" : s;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
