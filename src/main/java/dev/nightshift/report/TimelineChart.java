package dev.nightshift.report;

import dev.nightshift.result.ResultFile;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The attack against the trainee on one time axis: a lane per attack stage (from its first event, coloured by how
 * it ended), a lane of the alerts as they were raised (attack alerts red), and a lane of the trainee's actions by
 * kind, with the moment the trainee ended marked.
 */
final class TimelineChart {

    private static final double LEFT = 170;
    private static final double RIGHT = 1160;
    private static final double LANE = 26;

    private TimelineChart() {
    }

    static String svg(ResultFile result) {
        ResultFile.Debrief d = result.debrief();
        Svg.TimeAxis axis = new Svg.TimeAxis(Instant.parse(d.shiftStart()), Instant.parse(d.shiftEnd()), LEFT, RIGHT);
        List<ResultFile.Stage> stages = d.stages();
        double alertsY = 30 + stages.size() * LANE;
        double actionsY = alertsY + LANE * 1.5;
        double bottom = actionsY + LANE;
        StringBuilder out = new StringBuilder();
        out.append("<svg id=\"chart-timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 ")
                .append(Svg.num(bottom + 50)).append("\" role=\"img\" aria-label=\"The attack's stages against the"
                        + " trainee's actions\">");
        out.append(axis.ticks(16, bottom));
        for (int i = 0; i < stages.size(); i++) {
            ResultFile.Stage s = stages.get(i);
            double y = 30 + i * LANE;
            out.append(Svg.text(LEFT - 8, y + 4, "end", "label", s.id() + " " + s.technique()));
            if (s.firstEvent() == null) {
                out.append(Svg.text(LEFT + 4, y + 4, "start", "note", "did not run"));
                continue;
            }
            double x = axis.x(Instant.parse(s.firstEvent()));
            String colour = switch (s.status()) {
                case "STOPPED" -> "#1a9850";
                case "DONE" -> "#d73027";
                default -> "#fdae61";
            };
            out.append(Svg.rect(x, y - 7, Math.max(3, RIGHT - x), 14, colour + "\" fill-opacity=\"0.35",
                    s.id() + ": first event " + Svg.CLOCK.format(Instant.parse(s.firstEvent())) + ", "
                            + s.status().toLowerCase(Locale.ROOT)));
            out.append("<circle cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y)).append("\" r=\"5\" fill=\"")
                    .append(colour).append("\"/>");
            out.append(Svg.text(x + 8, y + 4, "start", "note", s.status().toLowerCase(Locale.ROOT)));
        }
        out.append(Svg.text(LEFT - 8, alertsY + 4, "end", "label", "alerts raised"));
        for (ResultFile.Alert a : d.alerts()) {
            double x = axis.x(Instant.parse(a.raisedAt()));
            out.append("<path d=\"M").append(Svg.num(x)).append(' ').append(Svg.num(alertsY - 7)).append(" l6 12 h-12 z\" fill=\"")
                    .append(a.attack() ? "#d73027" : "#969696").append("\"><title>").append(Svg.esc(a.id() + " "
                            + a.rule() + " at " + Svg.CLOCK.format(Instant.parse(a.raisedAt()))
                            + (a.attack() ? " (attack)" : " (no attack)"))).append("</title></path>");
        }
        out.append(Svg.text(LEFT - 8, actionsY + 4, "end", "label", "your actions"));
        for (ResultFile.Step step : result.actions()) {
            if (step.simTime() == null) {
                continue;
            }
            double x = axis.x(Instant.parse(step.simTime()));
            String colour = switch (step.verb()) {
                case "triage", "triage-rule" -> "#2166ac";
                case "contain", "release", "escalate" -> "#762a83";
                case "view", "search" -> "#4d9221";
                default -> "#bababa";
            };
            out.append("<rect x=\"").append(Svg.num(x - 2)).append("\" y=\"").append(Svg.num(actionsY - 8))
                    .append("\" width=\"4\" height=\"16\" fill=\"").append(colour).append("\"><title>")
                    .append(Svg.esc(Svg.CLOCK.format(Instant.parse(step.simTime())) + " " + step.verb() + " "
                            + String.join(" ", step.args().stream().map(TimelineChart::cut).toList()).trim()))
                    .append("</title></rect>");
        }
        if (d.traineeEndedAt() != null) {
            double x = axis.x(Instant.parse(d.traineeEndedAt()));
            out.append(Svg.line(x, 16, x, bottom, "ended"));
            out.append(Svg.text(x, 12, "middle", "note", "you ended"));
        }
        double legendY = bottom + 36;
        String[][] legend = {{"#4d9221", "read or search"}, {"#2166ac", "verdict"}, {"#762a83", "contain, release,"
                + " escalate"}, {"#bababa", "wait or next"}, {"#d73027", "attack alert / stage completed"},
                {"#1a9850", "stage stopped"}};
        double x = LEFT;
        for (String[] item : legend) {
            out.append(Svg.rect(x, legendY - 9, 10, 10, item[0], null));
            out.append(Svg.text(x + 14, legendY, "start", "note", item[1]));
            x += 30 + item[1].length() * 6.2;
        }
        return out.append("</svg>").toString();
    }

    private static String cut(String arg) {
        return arg.length() <= 40 ? arg : arg.substring(0, 39) + "…";
    }
}
