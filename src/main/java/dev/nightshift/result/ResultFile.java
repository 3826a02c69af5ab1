package dev.nightshift.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.nightshift.scoring.EngineerCard;
import dev.nightshift.scoring.ScoreCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of one session, as a hiring team keeps it: format and schema version, the session, its score card (an
 * analyst's {@code card} or an engineer's {@code engineerCard}), every journaled action with its simulated and wall
 * time, the debrief of an ended shift (null for an engineer's window), and the signature (null until signed).
 * Times are ISO-8601 UTC text. {@code docs/result.schema.json} describes every field.
 */
@JsonPropertyOrder({"format", "version", "session", "card", "engineerCard", "actions", "debrief", "signature"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ResultFile(String format, int version, Session session, ScoreCard card, EngineerCard engineerCard,
                         List<Step> actions, Debrief debrief, Signature.Seal signature) {

    /** The value of {@code format}, and the schema version this build writes. */
    public static final String FORMAT = "nightshift-result";
    public static final int VERSION = 1;
    static final String SIGNATURE = "signature";
    static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ResultFile {
        Objects.requireNonNull(session, "session");
        if ((card == null) == (engineerCard == null)) {
            throw new IllegalArgumentException("a result holds exactly one score card, an analyst's or an engineer's");
        }
        actions = List.copyOf(actions);
    }

    /** The unsigned result of an analyst's ended shift. */
    public static ResultFile of(Session session, ScoreCard card, List<Step> actions, Debrief debrief) {
        return new ResultFile(FORMAT, VERSION, session, card, null, actions, debrief, null);
    }

    /** The unsigned result of an engineer's deployed change window. */
    public static ResultFile of(Session session, EngineerCard card, List<Step> actions) {
        return new ResultFile(FORMAT, VERSION, session, null, card, actions, null, null);
    }

    /**
     * Reads a result file without checking its signature ({@link Signature#verify} does that).
     *
     * @throws ResultException when the file cannot be read, is not JSON, or is not a nightshift result
     */
    public static ResultFile read(Path path) {
        return fromTree(tree(path), path.toString());
    }

    /** This result with its signature under {@code secret}. */
    public ResultFile signed(ProctorSecret secret) {
        ResultFile unsigned = new ResultFile(format, version, session, card, engineerCard, actions, debrief, null);
        return new ResultFile(format, version, session, card, engineerCard, actions, debrief,
                Signature.seal(unsigned.toTree(), secret));
    }

    /** The role whose card this is: analyst or engineer. */
    public String role() {
        return card != null ? card.role() : "engineer";
    }

    /** The total of the card, 0 to 100. */
    public int total() {
        return card != null ? card.total() : engineerCard.total();
    }

    public JsonNode toTree() {
        return JSON.valueToTree(this);
    }

    /** The result as indented JSON, members in schema order, ending with a line break. */
    public String toJson() {
        try {
            return PRETTY.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result as JSON", e);
        }
    }

    static JsonNode tree(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ResultException("cannot read " + path + ": " + (Files.exists(path) ? "it is not a readable file"
                    : "it does not exist") + "; give the path of a result file");
        }
        try {
            return JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new ResultException(path + (where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr())
                    + ": not valid JSON, so it is not a nightshift result as written");
        }
    }

    static ResultFile fromTree(JsonNode tree, String name) {
        if (tree == null || !tree.isObject() || !FORMAT.equals(tree.path("format").asText(null))) {
            throw new ResultException(name + " is not a nightshift result: it has no \"format\": \"" + FORMAT + "\"");
        }
        int found = tree.path("version").asInt(-1);
        if (found != VERSION) {
            throw new ResultException(name + " is a nightshift result of schema version " + tree.path("version")
                    + ", and this build reads version " + VERSION + "; use a nightshift that reads it");
        }
        try {
            return JSON.treeToValue(tree, ResultFile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ResultException(name + " does not follow the result schema (docs/result.schema.json) at "
                    + path(e) + "; it was changed, or written by another program");
        }
    }

    private static String path(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder out = new StringBuilder();
            for (var ref : m.getPath()) {
                out.append(ref.getFieldName() != null ? (out.isEmpty() ? "" : ".") + ref.getFieldName()
                        : "[" + ref.getIndex() + "]");
            }
            return out.toString();
        }
        return "the top level";
    }

    /**
     * The session: its id in the home that played it, the scenario (library id or the path it was started from), the
     * role, the seed, the assessment variant's id (null outside an assessment), the candidate and the pace.
     */
    public record Session(String id, String scenario, String scenarioTitle, String role, long seed, String variant,
                          String candidate, String pace) {
        public Session {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * One journaled action, in order: its sequence number, verb and arguments as the journal holds them, the
     * simulated time it was taken at and the simulated time once done (both null in an engineer's window, which has
     * no clock), and the wall-clock time it was journaled (null for entries from before wall time was recorded).
     */
    public record Step(int seq, String verb, List<String> args, String simTime, String simTimeAfter,
                       String wallTime) {
        public Step {
            args = List.copyOf(args);
        }
    }

    /**
     * What the reports draw after the shift, truth included (as the score card's answer key is): when the shift ran
     * and when the trainee stopped, how each attack stage ended, every queue entry with its truth and handling, and
     * every containment.
     */
    public record Debrief(String shiftStart, String shiftEnd, String traineeEndedAt, List<Stage> stages,
                          List<Alert> alerts, List<Containment> containments) {
        public Debrief {
            stages = List.copyOf(stages);
            alerts = List.copyOf(alerts);
            containments = List.copyOf(containments);
        }
    }

    /** An attack stage: id, ATT&CK technique, how it ended (PENDING, RUNNING, DONE, STOPPED), its first event. */
    public record Stage(String id, String technique, String status, String firstEvent) {
    }

    /**
     * A queue entry: id, rule title, when raised, how many alerts it folds, whether attack events raised it and of
     * which stages, when first acted on, when closed, the verdict (null: left open), whether it was read first, and
     * the escalation's severity (null: none).
     */
    public record Alert(String id, String rule, String raisedAt, int count, boolean attack, List<String> stages,
                        String firstActionAt, String closedAt, String verdict, boolean informed, String escalation) {
        public Alert {
            stages = List.copyOf(stages);
        }
    }

    /** A containment: kind (host, user, ip), name, from and until (null: still contained at the end). */
    public record Containment(String kind, String name, String from, String until) {
    }
}
