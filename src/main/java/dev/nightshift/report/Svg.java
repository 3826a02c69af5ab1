package dev.nightshift.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small helpers for the report's inline SVG: escaping, number formatting and a time axis. */
final class Svg {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private Svg() {
    }

    /** Text made safe for XML and HTML, in content and in attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String text(double x, double y, String anchor, String cssClass, String content) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cssClass
                + "\">" + esc(content) + "</text>";
    }

    static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" class=\"" + cssClass + "\"/>";
    }

    static String rect(double x, double y, double w, double h, String fill, String title) {
        return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
                + "\" fill=\"" + fill + "\">" + (title == null ? "" : "<title>" + esc(title) + "</title>") + "</rect>";
    }

    /** The shift's simulated time mapped onto a horizontal span of pixels, with its hourly ticks. */
    record TimeAxis(Instant from, Instant to, double left, double right) {

        double x(Instant at) {
            double span = Math.max(1, Duration.between(from, to).toMillis());
            double share = Math.min(1, Math.max(0, Duration.between(from, at).toMillis() / span));
            return left + share * (right - left);
        }

        /** Tick lines and labels every 15, 30 or 60 minutes, whichever keeps about eight of them. */
        String ticks(double top, double bottom) {
            long minutes = Math.max(1, Duration.between(from, to).toMinutes());
            long step = minutes <= 120 ? 15 : minutes <= 240 ? 30 : minutes <= 720 ? 60 : 180;
            StringBuilder out = new StringBuilder();
            Instant first = from.plusSeconds(60 * ((step - from.atZone(ZoneOffset.UTC).getMinute() % step) % step))
                    .minusSeconds(from.getEpochSecond() % 60);
            for (Instant t = first; !t.isAfter(to); t = t.plus(Duration.ofMinutes(step))) {
                double x = x(t);
                out.append(line(x, top, x, bottom, "grid"));
                out.append(text(x, bottom + 14, "middle", "tick", CLOCK.format(t)));
            }
            return out.toString();
        }
    }
}
