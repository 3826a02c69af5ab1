package dev.nightshift.logs;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The shapes of exported logs that {@link LogReader} reads: {@code auto} tells them apart by their content, the
 * others force one shape on every record.
 */
public enum LogFormat {
    /** Each record by its own shape: any of the formats below. */
    AUTO("auto"),
    /** One flat JSON object per line: nightshift's own lines, NXLog or flattened Winlogbeat exports. */
    JSONL("jsonl"),
    /** evtx_dump and similar tools: {@code {"Event": {"System": ..., "EventData": ...}}}, one per line or pretty. */
    EVTX_JSON("evtx-json"),
    /** Windows event XML ({@code <Event>} elements, with or without an {@code <Events>} root), as wevtutil writes. */
    XML("xml"),
    /** Winlogbeat or Elastic Agent documents ({@code winlog.channel}, {@code winlog.event_data}), and ours. */
    ECS("ecs"),
    /** CloudTrail files: {@code {"Records": [...]}}. */
    CLOUDTRAIL("cloudtrail");

    private final String label;

    LogFormat(String label) {
        this.label = label;
    }

    /** The name the command line uses. */
    public String label() {
        return label;
    }

    /** The format of a command-line name, ignoring case. */
    public static LogFormat of(String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown events format '" + label + "' (known: "
                        + labels() + ")"));
    }

    /** Every command-line name, separated by {@code |}. */
    public static String labels() {
        return Arrays.stream(values()).map(LogFormat::label).collect(Collectors.joining("|"));
    }
}
