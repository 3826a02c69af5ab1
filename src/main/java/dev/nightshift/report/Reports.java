package dev.nightshift.report;

import dev.nightshift.result.ResultFile;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Renders a session's result in one of the report formats. */
public final class Reports {

    private Reports() {
    }

    /** The formats {@code report --format} writes. */
    public enum Format {
        TEXT, JSON, MD, HTML, NAVIGATOR;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Format> parse(String word) {
            return Arrays.stream(values()).filter(f -> f.word().equalsIgnoreCase(word.trim())).findFirst();
        }
    }

    /** The report of one session's result in {@code format}. */
    public static String render(ResultFile result, Format format) {
        return switch (format) {
            case TEXT -> result.card() != null ? TextReport.render(result.card())
                    : EngineerReport.text(result.engineerCard());
            case JSON -> result.toJson();
            case MD -> MarkdownReport.render(result);
            case HTML -> HtmlReport.render(result);
            case NAVIGATOR -> NavigatorLayer.render("nightshift " + result.session().scenario() + ", session "
                    + result.session().id(), java.util.List.of(result));
        };
    }
}
