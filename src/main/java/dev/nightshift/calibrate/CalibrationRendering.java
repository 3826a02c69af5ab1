package dev.nightshift.calibrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.stream.Collectors;

/** A calibration report as the table an instructor reads, or as one JSON object for scripts. */
public final class CalibrationRendering {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CalibrationRendering() {
    }

    public static String text(CalibrationReport report) {
        StringBuilder out = new StringBuilder();
        CalibrationReport.PlayerResult first = report.players().get(0);
        out.append(String.format(Locale.ROOT, "Calibration of %s over %d seed(s): %s%n%n", report.scenarioId(),
                first.seeds().size(), first.seeds().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        out.append(String.format(Locale.ROOT, "  %-40s %6s %4s %4s %5s  %-6s  %s%n", "player", "mean", "min", "max", "sd",
                "bound", "scores"));
        for (CalibrationReport.PlayerResult p : report.players()) {
            out.append(String.format(Locale.ROOT, "  %-40s %6.1f %4d %4d %5.1f  %-6s  %s%s%n", p.player(), p.mean(),
                    p.min(), p.max(), p.sd(), p.bound(),
                    p.scores().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                    p.withinBound() && p.stable() ? "" : "   <- " + (p.withinBound() ? "unstable" : "out of bounds")));
        }
        out.append(String.format(Locale.ROOT, "%nQueue: the expert left %s alert(s) open at the end, per seed%n",
                report.expertBacklog().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        if (report.passed()) {
            out.append("Calibrated: every bound holds and every player is stable (SD <= 3)");
        } else {
            out.append("Not calibrated:\n");
            report.problems().forEach(p -> out.append("  - ").append(p).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    /** {"scenario", "passed", "players": [{player, bound, seeds, scores, mean, min, max, sd, withinBound, stable}], "expertBacklog", "problems"}. */
    public static String json(CalibrationReport report) {
        var root = JSON.createObjectNode();
        root.put("scenario", report.scenarioId());
        root.put("passed", report.passed());
        root.set("players", JSON.valueToTree(report.players()));
        root.set("expertBacklog", JSON.valueToTree(report.expertBacklog()));
        root.set("problems", JSON.valueToTree(report.problems()));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the calibration report", e);
        }
    }
}
