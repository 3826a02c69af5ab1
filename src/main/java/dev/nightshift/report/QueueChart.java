package dev.nightshift.report;

import dev.nightshift.result.ResultFile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Alert fatigue over the shift: the number of queue entries waiting for a verdict, minute by minute, and the age of
 * the oldest of them, each on its own axis.
 */
final class QueueChart {

    private static final double LEFT = 70;
    private static final double RIGHT = 1130;
    private static final double TOP = 20;
    private static final double BOTTOM = 230;

    private QueueChart() {
    }

    /** One minute of the shift: entries waiting and the oldest one's age in minutes. */
    record Sample(Instant at, int open, long oldestMinutes) {
    }

    static List<Sample> samples(ResultFile.Debrief d) {
        Instant from = Instant.parse(d.shiftStart());
        Instant to = Instant.parse(d.shiftEnd());
        List<Sample> samples = new java.util.ArrayList<>();
        for (Instant t = from; !t.isAfter(to); t = t.plus(Duration.ofMinutes(1))) {
            int open = 0;
            long oldest = 0;
            for (ResultFile.Alert a : d.alerts()) {
                Instant raised = Instant.parse(a.raisedAt());
                boolean waiting = !raised.isAfter(t) && (a.closedAt() == null || Instant.parse(a.closedAt()).isAfter(t));
                if (waiting) {
                    open++;
                    oldest = Math.max(oldest, Duration.between(raised, t).toMinutes());
                }
            }
            samples.add(new Sample(t, open, oldest));
        }
        return samples;
    }

    static String svg(ResultFile.Debrief d) {
        Svg.TimeAxis axis = new Svg.TimeAxis(Instant.parse(d.shiftStart()), Instant.parse(d.shiftEnd()), LEFT, RIGHT);
        List<Sample> samples = samples(d);
        int maxOpen = 4 * (int) Math.ceil(Math.max(1, samples.stream().mapToInt(Sample::open).max().orElse(1)) / 4.0);
        long maxAge = Math.max(10, samples.stream().mapToLong(Sample::oldestMinutes).max().orElse(10));
        StringBuilder out = new StringBuilder("<svg id=\"chart-queue\" xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 1200 290\" role=\"img\" aria-label=\"Queue size and age over the shift\">");
        out.append(axis.ticks(TOP, BOTTOM));
        out.append(Svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, "axis"));
        out.append(Svg.line(LEFT, TOP, LEFT, BOTTOM, "axis"));
        out.append(Svg.line(RIGHT, TOP, RIGHT, BOTTOM, "axis"));
        for (int k = 0; k <= 4; k++) {
            double y = BOTTOM - k * (BOTTOM - TOP) / 4;
            out.append(Svg.text(LEFT - 6, y + 4, "end", "tick", Integer.toString(maxOpen * k / 4)));
            out.append(Svg.text(RIGHT + 6, y + 4, "start", "tick", Math.round(maxAge * k / 4.0) + "m"));
        }
        StringBuilder open = new StringBuilder();
        StringBuilder age = new StringBuilder();
        for (Sample s : samples) {
            double x = axis.x(s.at());
            open.append(open.isEmpty() ? "M" : " L").append(Svg.num(x)).append(' ')
                    .append(Svg.num(BOTTOM - s.open() * (BOTTOM - TOP) / maxOpen));
            age.append(age.isEmpty() ? "M" : " L").append(Svg.num(x)).append(' ')
                    .append(Svg.num(BOTTOM - s.oldestMinutes() * (BOTTOM - TOP) / maxAge));
        }
        out.append("<path id=\"queue-size\" d=\"").append(open).append("\" class=\"series-open\"/>");
        out.append("<path id=\"queue-age\" d=\"").append(age).append("\" class=\"series-age\"/>");
        out.append(Svg.text(LEFT - 50, TOP - 6, "start", "label", "waiting"));
        out.append(Svg.text(RIGHT + 40, TOP - 6, "end", "label", "oldest"));
        out.append(Svg.rect(LEFT, 268, 14, 4, "#2166ac", null)).append(Svg.text(LEFT + 20, 274, "start", "note",
                "entries waiting for a verdict (left axis)"));
        out.append(Svg.rect(LEFT + 300, 268, 14, 4, "#d6604d", null)).append(Svg.text(LEFT + 320, 274, "start",
                "note", "age of the oldest waiting entry, minutes (right axis)"));
        return out.append("</svg>").toString();
    }
}
