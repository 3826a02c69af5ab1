package dev.nightshift.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON Schema (draft 2020-12) of a result file, derived from the very records that are written, so the shipped
 * {@code docs/result.schema.json} cannot drift from them: every member is required (null where the text says so),
 * no other member is allowed, and each type carries the sentence that documents it.
 */
public final class ResultSchema {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, String> SAID = Map.ofEntries(
            Map.entry("ResultFile", "The signed result of one nightshift session (format nightshift-result). Exactly"
                    + " one of card (an analyst's shift) and engineerCard (an engineer's change window) is not null."
                    + " The signature is HMAC-SHA256 under the proctor secret over the canonical bytes: the document"
                    + " without its signature member, UTF-8, no whitespace, object members sorted by name (UTF-16 code"
                    + " units), integers in decimal, other numbers as Java's Double.toString writes them."),
            Map.entry("ResultFile.format", "Always nightshift-result."),
            Map.entry("ResultFile.version", "The schema version; this document describes version " + ResultFile.VERSION
                    + ". A new version is a new schema: readers refuse versions they do not know."),
            Map.entry("ResultFile.card", "The analyst's score card (see docs/scoring.md); null for an engineer."),
            Map.entry("ResultFile.engineerCard", "The engineer's score card (see docs/scoring.md); null for an analyst."),
            Map.entry("ResultFile.actions", "Every journaled action of the session, in the order taken."),
            Map.entry("ResultFile.debrief", "What the reports draw after the shift, truth included; null for an"
                    + " engineer's change window."),
            Map.entry("ResultFile.signature", "The seal; null in an unsigned result."),
            Map.entry("Session", "The session: its id in the home that played it, the scenario (a library id or the"
                    + " path it was started from) and its title, role, seed, pace and candidate."),
            Map.entry("Session.variant", "The assessment variant's id; null outside an assessment."),
            Map.entry("Step", "One journaled action: sequence number from 1, verb and arguments as the journal holds"
                    + " them, the simulated time it was taken at and once done (ISO-8601 UTC; null in an engineer's"
                    + " change window, which has no clock), and the wall-clock time it was journaled (null for"
                    + " entries written before the journal recorded wall time)."),
            Map.entry("Debrief", "When the shift ran (shiftStart, shiftEnd) and when the trainee stopped, how every"
                    + " attack stage ended, every queue entry with its truth and handling, every containment."),
            Map.entry("Stage", "An attack stage: id, ATT&CK technique, status (PENDING, RUNNING, DONE or STOPPED) and"
                    + " its first event's time (null: it never ran)."),
            Map.entry("Alert", "A queue entry: id, rule title, raised at, alerts folded into it, whether attack events"
                    + " raised it (attack) and of which stages, first acted on, closed at, the verdict (true-positive,"
                    + " false-positive, benign; null: left open), whether it was read before the verdict (informed),"
                    + " and the escalation's severity (null: none)."),
            Map.entry("Containment", "A containment: kind (host, user or ip), name, from, until (null: still"
                    + " contained at the end)."),
            Map.entry("Seal", "HMAC-SHA256, the key id (sha256: and the first 16 hex digits of the secret's SHA-256)"
                    + " and the HMAC in lowercase hex."),
            Map.entry("ScoreCard", "The analyst's score card, as score --json prints it; docs/scoring.md defines"
                    + " every measure. Times are ISO-8601 UTC, minutes simulated minutes."),
            Map.entry("EngineerCard", "The engineer's score card, as score --json prints it; docs/scoring.md defines"
                    + " every measure."));

    /** Members that are never null; every other object-typed or text member may be. */
    private static final java.util.Set<String> NEVER_NULL = java.util.Set.of("ResultFile.format",
            "ResultFile.session", "ResultFile.actions", "Session.id", "Session.scenario", "Session.role", "Step.verb",
            "Step.args", "Debrief.stages", "Debrief.alerts", "Debrief.containments", "Alert.id", "Alert.raisedAt",
            "Alert.stages", "Stage.id", "Stage.status", "Seal.algorithm", "Seal.key", "Seal.value");

    private ResultSchema() {
    }

    /** The schema as indented JSON, ending with a line break. */
    public static String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://nightshift.dev/schema/result-v" + ResultFile.VERSION + ".schema.json");
        root.put("title", "nightshift result, version " + ResultFile.VERSION);
        Map<String, ObjectNode> defs = new TreeMap<>();
        ObjectNode top = describe(ResultFile.class, defs);
        top.remove("type");
        root.setAll(top);
        ((ObjectNode) root.get("properties").get("format")).put("const", ResultFile.FORMAT);
        ((ObjectNode) root.get("properties").get("version")).put("const", ResultFile.VERSION);
        defs.remove(name(ResultFile.class));
        ObjectNode all = root.putObject("$defs");
        defs.forEach(all::set);
        root.put("type", "object");
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result schema", e);
        }
    }

    private static ObjectNode describe(Class<?> record, Map<String, ObjectNode> defs) {
        ObjectNode schema = JSON.createObjectNode();
        defs.put(name(record), schema);
        schema.put("type", "object");
        String said = SAID.get(name(record));
        if (said != null) {
            schema.put("description", said);
        }
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent c : record.getRecordComponents()) {
            ObjectNode property = type(c.getGenericType(), defs, !NEVER_NULL.contains(name(record) + "." + c.getName()));
            String about = SAID.get(name(record) + "." + c.getName());
            if (about != null) {
                property.put("description", about);
            }
            properties.set(c.getName(), property);
            required.add(c.getName());
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode type(Type type, Map<String, ObjectNode> defs, boolean nullable) {
        ObjectNode schema = JSON.createObjectNode();
        if (type instanceof ParameterizedType list) {
            schema.put("type", "array");
            schema.set("items", type(list.getActualTypeArguments()[0], defs, false));
            return schema;
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == long.class) {
            return schema.put("type", "integer");
        }
        if (c == double.class) {
            return schema.put("type", "number");
        }
        if (c == boolean.class) {
            return schema.put("type", "boolean");
        }
        if (c == Integer.class || c == Long.class) {
            return nullable(schema, "integer", true);
        }
        if (c == Double.class) {
            return nullable(schema, "number", true);
        }
        if (c == String.class) {
            return nullable(schema, "string", nullable);
        }
        if (c.isEnum()) {
            ArrayNode values = schema.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            if (nullable) {
                values.addNull();
            }
            return schema;
        }
        if (c.isRecord()) {
            if (!defs.containsKey(name(c))) {
                describe(c, defs);
            }
            if (!nullable) {
                return schema.put("$ref", "#/$defs/" + name(c));
            }
            ArrayNode any = schema.putArray("oneOf");
            any.addObject().put("$ref", "#/$defs/" + name(c));
            any.addObject().put("type", "null");
            return schema;
        }
        throw new IllegalStateException("the result schema has no JSON type for " + c.getName());
    }

    private static ObjectNode nullable(ObjectNode schema, String type, boolean nullable) {
        if (!nullable) {
            return schema.put("type", type);
        }
        schema.putArray("type").add(type).add("null");
        return schema;
    }

    private static String name(Class<?> c) {
        String outer = c.getEnclosingClass() == null ? "" : c.getEnclosingClass().getSimpleName();
        return switch (outer) {
            case "", "ResultFile", "Signature" -> c.getSimpleName();
            default -> outer + c.getSimpleName();
        };
    }
}
