package dev.nightshift.detection;

import dev.nightshift.pipeline.Pipeline;
import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.Map;

/**
 * Turns a raw record into an {@link Event} with the Sigma logsource its rules expect, through the built-in
 * processing pipelines ({@link Pipeline#defaults()}, the YAML files of {@code src/main/resources/pipelines/}): our own
 * lines keep their {@code logsource} object, {@code @timestamp} and {@code host}; a Windows record gets product
 * {@code windows}, the service of its channel and the category of its event id (Sysmon, PowerShell, Defender,
 * Security 4688 as {@code process_creation} under the Sysmon field names); a CloudTrail record gets product
 * {@code aws}, service {@code cloudtrail}; a Zeek DNS record category {@code dns}. Anything else gets an empty
 * logsource, which only rules without a logsource match.
 */
public final class LogsourceMapping {

    private LogsourceMapping() {
    }

    /**
     * The event for one record, at position {@code index} of its stream; {@code fallbackTime} stands for a record
     * with no readable timestamp.
     */
    public static Event toEvent(long index, Map<String, Object> record, Instant fallbackTime) {
        return Pipeline.defaults().toEvent(index, record, fallbackTime);
    }
}
