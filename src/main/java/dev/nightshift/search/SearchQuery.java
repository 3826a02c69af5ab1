package dev.nightshift.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed search: the clause choosing events, the time bounds ({@code null}: unbounded on that side) and the pipe
 * commands; {@link #print()} reads back as the same search.
 */
public record SearchQuery(String text, Expr filter, TimeBound earliest, TimeBound latest, List<Stage> stages) {

    public SearchQuery {
        stages = List.copyOf(stages);
    }

    /** Whether only the clause matters: no time bounds and no pipes (a filter such as {@code triage --where}). */
    public boolean isPlainFilter() {
        return earliest == null && latest == null && stages.isEmpty();
    }

    public String print() {
        StringBuilder out = new StringBuilder();
        if (earliest != null) {
            out.append("earliest=").append(Expr.quoteIfNeeded(earliest.text()));
        }
        if (latest != null) {
            out.append(out.length() == 0 ? "" : " ").append("latest=").append(Expr.quoteIfNeeded(latest.text()));
        }
        String clause = filter.print();
        if (!clause.isEmpty()) {
            out.append(out.length() == 0 ? "" : " ").append(filter instanceof Expr.Or ? "(" + clause + ")" : clause);
        }
        out.append(stages.stream().map(s -> " | " + s.print()).collect(Collectors.joining()));
        return out.toString();
    }
}
