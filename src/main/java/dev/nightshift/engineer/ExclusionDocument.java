package dev.nightshift.engineer;

import dev.nightshift.detection.SigmaRule;
import dev.nightshift.game.GameException;
import java.time.LocalDate;
import java.util.Locale;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The text of an exclusion as a Sigma filter document: the rule's logsource, the accountability fields
 * ({@code owner}, {@code reason}, {@code expires}), the rules it applies to, and one search of the terms, all of
 * which must hold, under {@code condition: not benign}.
 */
final class ExclusionDocument {

    private ExclusionDocument() {
    }

    static String text(int number, UUID id, String ruleTitle, Map<String, String> logsource, List<SigmaRule> targets,
                       List<Term> terms, String owner, String reason, LocalDate expires) {
        StringBuilder doc = new StringBuilder();
        doc.append("title: ").append(RuleText.quote("Exclusion " + number + " for " + ruleTitle)).append('\n');
        doc.append("id: ").append(id).append('\n');
        doc.append("description: ").append(RuleText.quote(reason == null ? "" : reason)).append('\n');
        doc.append("logsource:\n");
        logsource.forEach((k, v) -> doc.append("    ").append(k).append(": ").append(RuleText.quote(v)).append('\n'));
        if (owner != null) {
            doc.append("owner: ").append(RuleText.quote(owner)).append('\n');
        }
        if (reason != null) {
            doc.append("reason: ").append(RuleText.quote(reason)).append('\n');
        }
        if (expires != null) {
            doc.append("expires: ").append(expires).append('\n');
        }
        doc.append("filter:\n    rules:\n");
        targets.forEach(t -> doc.append("        - ").append(t.id()).append('\n'));
        doc.append("    benign:\n");
        for (Term term : terms) {
            doc.append("        ").append(RuleText.key(term.field())).append(": ").append(RuleText.quote(term.value()))
                    .append('\n');
        }
        return doc.append("    condition: not benign\n").toString();
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("-$", "") : s;
    }

    /** The date an expiry means: a date as written, or a duration from {@code now}. */
    static LocalDate expiry(String text, java.time.Instant now) {
        String t = text.trim();
        try {
            return LocalDate.parse(t);
        } catch (java.time.format.DateTimeParseException notADate) {
            return dev.nightshift.scenario.Durations.parse(t)
                    .map(d -> now.plus(d).atZone(ZoneOffset.UTC).toLocalDate())
                    .orElseThrow(() -> GameException.badInput("--expires takes a date such as 2026-06-30 or a"
                            + " duration such as 30d, not '" + text + "'"));
        }
    }
}
