package dev.nightshift.report;

import dev.nightshift.result.ResultFile;
import java.util.List;

/** The verdicts against the truth: rows attack and no attack, columns the verdict given (or none), counts shaded. */
final class ConfusionChart {

    static final List<String> VERDICTS = List.of("true-positive", "false-positive", "benign", "left open");
    private static final double CELL_W = 150;
    private static final double CELL_H = 60;
    private static final double LEFT = 150;
    private static final double TOP = 50;

    private ConfusionChart() {
    }

    /** counts[row][column]: row 0 attack, 1 no attack; columns in {@link #VERDICTS} order. */
    static int[][] counts(List<ResultFile.Alert> alerts) {
        int[][] counts = new int[2][VERDICTS.size()];
        for (ResultFile.Alert a : alerts) {
            int column = a.verdict() == null ? 3 : Math.max(0, VERDICTS.indexOf(a.verdict()));
            counts[a.attack() ? 0 : 1][column]++;
        }
        return counts;
    }

    static String svg(ResultFile.Debrief d) {
        int[][] counts = counts(d.alerts());
        int max = 1;
        for (int[] row : counts) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        StringBuilder out = new StringBuilder("<svg id=\"chart-confusion\" xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 780 240\" style=\"max-width:780px\" role=\"img\" aria-label=\"Verdict confusion matrix\">");
        out.append(Svg.text(LEFT + 2 * CELL_W, 18, "middle", "label", "your verdict"));
        for (int c = 0; c < VERDICTS.size(); c++) {
            out.append(Svg.text(LEFT + (c + 0.5) * CELL_W, TOP - 10, "middle", "label", VERDICTS.get(c)));
        }
        String[] rows = {"attack", "no attack"};
        for (int r = 0; r < 2; r++) {
            out.append(Svg.text(LEFT - 10, TOP + (r + 0.5) * CELL_H + 5, "end", "label", rows[r]));
            for (int c = 0; c < VERDICTS.size(); c++) {
                boolean right = r == 0 ? c == 0 : c == 1 || c == 2;
                double shade = 0.12 + 0.78 * counts[r][c] / max;
                String fill = (right ? "#1a9850" : c == 3 ? "#969696" : "#d73027") + "\" fill-opacity=\""
                        + Svg.num(counts[r][c] == 0 ? 0.05 : shade);
                out.append("<g class=\"cell\" data-row=\"").append(rows[r]).append("\" data-verdict=\"")
                        .append(VERDICTS.get(c)).append("\">");
                out.append(Svg.rect(LEFT + c * CELL_W + 2, TOP + r * CELL_H + 2, CELL_W - 4, CELL_H - 4, fill,
                        counts[r][c] + " " + rows[r] + " entr" + (counts[r][c] == 1 ? "y" : "ies") + " "
                                + (c == 3 ? "left open" : "called " + VERDICTS.get(c))));
                out.append(Svg.text(LEFT + (c + 0.5) * CELL_W, TOP + (r + 0.5) * CELL_H + 8, "middle", "count",
                        Integer.toString(counts[r][c])));
                out.append("</g>");
            }
        }
        out.append(Svg.text(0, TOP + 2 * CELL_H + 30, "start", "note", "truth (rows) against verdict (columns), one"
                + " count per queue entry; green cells are right, red wrong, grey never decided"));
        return out.append("</svg>").toString();
    }
}
