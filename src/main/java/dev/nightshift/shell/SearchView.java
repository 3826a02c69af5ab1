package dev.nightshift.shell;

import dev.nightshift.game.SearchResult;
import dev.nightshift.search.SearchOutcome;
import dev.nightshift.search.Values;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.LineReader;
import org.springframework.beans.factory.ObjectProvider;

/**
 * How a search's result reads: matching events as compact log lines (dated in an engineer's week), or the table a
 * pipe command made, its columns fitted to the terminal's width (100 when the width is unknown).
 */
final class SearchView {

    static final int DEFAULT_WIDTH = 100;
    private static final String GAP = "  ";

    private SearchView() {
    }

    /** The terminal's width when there is a real terminal, else 100. */
    static int width(ObjectProvider<LineReader> lineReader) {
        LineReader reader = lineReader.getIfAvailable();
        var terminal = reader == null ? null : reader.getTerminal();
        if (terminal == null || terminal.getType() == null || terminal.getType().startsWith("dumb")) {
            return DEFAULT_WIDTH;
        }
        int width = terminal.getWidth();
        return width >= 20 ? width : DEFAULT_WIDTH;
    }

    static String render(SearchResult result, boolean dated, int width) {
        SearchOutcome o = result.outcome();
        StringBuilder out = new StringBuilder();
        if (o.isTable()) {
            out.append(o.matched()).append(o.matched() == 1 ? " event matches " : " events match ")
                    .append(result.query()).append("; ").append(o.total()).append(o.total() == 1 ? " row" : " rows");
            if (o.total() > o.rows().size()) {
                out.append(", the first ").append(o.rows().size()).append(" (--limit to see more)");
            }
            out.append(":\n");
            table(o.columns(), o.rows(), width).forEach(line -> out.append(line).append('\n'));
            return out.toString();
        }
        if (o.total() == o.matched()) {
            out.append(o.total()).append(o.total() == 1 ? " event matches " : " events match ").append(result.query());
        } else {
            out.append(o.total()).append(o.total() == 1 ? " event" : " events").append(" of the ").append(o.matched())
                    .append(" matching ").append(result.query());
        }
        if (o.total() > o.events().size()) {
            out.append("; the ").append(o.total() == o.matched() ? "latest " : "first ").append(o.events().size())
                    .append(" (--limit to see more)");
        }
        out.append(":\n");
        o.events().forEach(e -> out.append("  ").append(dated ? Render.day(e.timestamp()) + " " : "")
                .append(Render.compactEvent(e)).append('\n'));
        return out.toString();
    }

    /** A table's lines: a header, a rule, the rows; numbers right-aligned; columns narrowed to fit {@code width}. */
    static List<String> table(List<String> columns, List<List<Object>> rows, int width) {
        int n = columns.size();
        int[] natural = new int[n];
        boolean[] numeric = new boolean[n];
        List<String[]> cells = new ArrayList<>(rows.size());
        for (int c = 0; c < n; c++) {
            natural[c] = columns.get(c).length();
            numeric[c] = true;
        }
        for (List<Object> row : rows) {
            String[] line = new String[n];
            for (int c = 0; c < n; c++) {
                Object v = row.get(c);
                line[c] = Values.text(v).replaceAll("\\s+", " ");
                natural[c] = Math.max(natural[c], line[c].length());
                numeric[c] &= v == null || v instanceof Number;
            }
            cells.add(line);
        }
        int[] widths = fit(natural, width - GAP.length() * (n - 1));
        List<String> lines = new ArrayList<>();
        String[] header = columns.toArray(String[]::new);
        lines.add(line(header, widths, new boolean[n]));
        String[] rule = new String[n];
        for (int c = 0; c < n; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        lines.add(line(rule, widths, new boolean[n]));
        cells.forEach(l -> lines.add(line(l, widths, numeric)));
        return lines;
    }

    /** Column widths within {@code room}: narrow columns keep their width, wide ones share what is left evenly. */
    static int[] fit(int[] natural, int room) {
        int n = natural.length;
        int[] widths = natural.clone();
        int total = 0;
        for (int w : natural) {
            total += w;
        }
        if (total <= room) {
            return widths;
        }
        boolean[] fixed = new boolean[n];
        int left = Math.max(room, 4 * n);
        int open = n;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            int share = left / open;
            for (int c = 0; c < n; c++) {
                if (!fixed[c] && natural[c] <= share) {
                    fixed[c] = true;
                    left -= natural[c];
                    open--;
                    changed = true;
                }
            }
        }
        int share = open == 0 ? 0 : Math.max(4, left / open);
        int extra = open == 0 ? 0 : Math.max(0, left - share * open);
        for (int c = 0; c < n; c++) {
            if (!fixed[c]) {
                widths[c] = share + (extra-- > 0 ? 1 : 0);
            }
        }
        return widths;
    }

    private static String line(String[] cells, int[] widths, boolean[] right) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String text = Render.truncate(cells[c], widths[c]);
            String pad = " ".repeat(widths[c] - text.length());
            boolean last = c == cells.length - 1;
            out.append(c == 0 ? "" : GAP).append(right[c] ? pad + text : last ? text : text + pad);
        }
        return out.toString().stripTrailing();
    }
}
