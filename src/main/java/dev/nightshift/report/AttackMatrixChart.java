package dev.nightshift.report;

import dev.nightshift.attack.AttackCatalogue;
import dev.nightshift.attack.Tactic;
import dev.nightshift.attack.Technique;
import dev.nightshift.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.List;

/**
 * The attack's techniques laid out as an ATT&CK Enterprise matrix: a column per tactic, in the matrix's order, and in
 * each the techniques of this attack that serve it, coloured by how they were detected and handled.
 */
final class AttackMatrixChart {

    private static final double COLUMN = 84;
    private static final double CELL = 52;
    private static final double TOP = 46;

    private AttackMatrixChart() {
    }

    static String svg(List<ScoreCard.TechniqueResult> rows) {
        AttackCatalogue catalogue = AttackCatalogue.enterprise();
        List<Tactic> tactics = catalogue.tactics();
        List<List<ScoreCard.TechniqueResult>> columns = new ArrayList<>();
        int deepest = 1;
        for (Tactic tactic : tactics) {
            List<ScoreCard.TechniqueResult> in = rows.stream().filter(r -> catalogue.technique(r.technique())
                    .map(t -> t.tactics().contains(tactic)).orElse(false)).toList();
            columns.add(in);
            deepest = Math.max(deepest, in.size());
        }
        double width = tactics.size() * COLUMN + 10;
        double height = TOP + deepest * (CELL + 4) + 70;
        StringBuilder out = new StringBuilder("<svg id=\"chart-attack\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(Svg.num(width)).append(' ').append(Svg.num(height))
                .append("\" role=\"img\" aria-label=\"Per-technique results on the ATT&amp;CK matrix\">");
        for (int c = 0; c < tactics.size(); c++) {
            double x = 5 + c * COLUMN;
            Tactic tactic = tactics.get(c);
            out.append(Svg.rect(x + 1, 4, COLUMN - 2, TOP - 10, "#f0f0f0", tactic.id() + " " + tactic.name()));
            String[] words = wrap(tactic.name());
            out.append(Svg.text(x + COLUMN / 2, 18, "middle", "tactic", words[0]));
            out.append(Svg.text(x + COLUMN / 2, 30, "middle", "tactic", words[1]));
            List<ScoreCard.TechniqueResult> in = columns.get(c);
            for (int k = 0; k < in.size(); k++) {
                ScoreCard.TechniqueResult r = in.get(k);
                Handling h = Handling.of(r);
                String name = catalogue.technique(r.technique()).map(Technique::name).orElse(r.technique());
                double y = TOP + k * (CELL + 4);
                out.append("<g class=\"technique\" data-technique=\"").append(Svg.esc(r.technique()))
                        .append("\" data-handling=\"").append(h.name().toLowerCase(java.util.Locale.ROOT)).append("\">");
                out.append(Svg.rect(x + 2, y, COLUMN - 4, CELL, h.colour(), r.technique() + " " + name + ", stage "
                        + r.stage() + ": " + h.meaning() + " (" + r.alerts() + " alert" + (r.alerts() == 1 ? "" : "s") + ")"));
                out.append(Svg.text(x + COLUMN / 2, y + 14, "middle", "cell-id", r.technique()));
                String[] lines = wrap(name.contains(": ") ? name.substring(name.indexOf(": ") + 2) : name);
                out.append(Svg.text(x + COLUMN / 2, y + 27, "middle", "cell", lines[0]));
                out.append(Svg.text(x + COLUMN / 2, y + 38, "middle", "cell", lines[1]));
                out.append(Svg.text(x + COLUMN / 2, y + 49, "middle", "cell", r.stage()));
                out.append("</g>");
            }
        }
        double y = height - 40;
        double x = 5;
        for (Handling h : Handling.values()) {
            out.append(Svg.rect(x, y - 9, 10, 10, h.colour(), null));
            out.append(Svg.text(x + 14, y, "start", "note", h.meaning()));
            x += 24 + h.meaning().length() * 5.6;
            if (x > width - 260) {
                x = 5;
                y += 16;
            }
        }
        return out.append("</svg>").toString();
    }

    /** A name on at most two lines of about 15 characters, the second cut short when it is longer. */
    static String[] wrap(String name) {
        if (name.length() <= 15) {
            return new String[] {name, ""};
        }
        int cut = name.lastIndexOf(' ', 15);
        if (cut <= 0) {
            cut = 15;
        }
        String rest = name.substring(cut).trim();
        return new String[] {name.substring(0, cut).trim(), rest.length() <= 15 ? rest : rest.substring(0, 14) + "…"};
    }
}
