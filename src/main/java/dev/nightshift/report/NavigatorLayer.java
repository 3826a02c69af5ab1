package dev.nightshift.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.attack.AttackCatalogue;
import dev.nightshift.result.ResultFile;
import dev.nightshift.scoring.ScoreCard;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An ATT&CK Navigator layer (layer format 4.5, ATT&CK v18, enterprise) of one or more analysts' results: every
 * technique of the attack, scored 0 to 100 by how it was detected and handled ({@link Handling}), averaged over the
 * results of a cohort, with a comment counting each way it went. One result colours each technique by its class.
 */
public final class NavigatorLayer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String NAVIGATOR_VERSION = "5.2.0";

    private NavigatorLayer() {
    }

    /** The layer of {@code results} (one session, or a cohort), named {@code name}. */
    public static String render(String name, List<ResultFile> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("a Navigator layer needs at least one result");
        }
        for (ResultFile r : results) {
            if (r.card() == null) {
                throw new IllegalArgumentException("session " + r.session().id() + " is an engineer's change window,"
                        + " whose card has no per-technique results to lay on the ATT&CK matrix");
            }
        }
        AttackCatalogue catalogue = AttackCatalogue.enterprise();
        Map<String, Map<Handling, Integer>> byTechnique = new LinkedHashMap<>();
        Map<String, List<String>> stages = new LinkedHashMap<>();
        for (ResultFile r : results) {
            for (ScoreCard.TechniqueResult t : r.card().techniques()) {
                byTechnique.computeIfAbsent(t.technique(), k -> new EnumMap<>(Handling.class))
                        .merge(Handling.of(t), 1, Integer::sum);
                List<String> named = stages.computeIfAbsent(t.technique(), k -> new java.util.ArrayList<>());
                if (!named.contains(t.stage())) {
                    named.add(t.stage());
                }
            }
        }
        ObjectNode layer = JSON.createObjectNode();
        layer.put("name", name);
        ObjectNode versions = layer.putObject("versions");
        versions.put("attack", major(catalogue.version()));
        versions.put("navigator", NAVIGATOR_VERSION);
        versions.put("layer", "4.5");
        layer.put("domain", "enterprise-attack");
        layer.put("description", description(results));
        layer.put("sorting", 3);
        ObjectNode layout = layer.putObject("layout");
        layout.put("layout", "side");
        layout.put("showID", true);
        layout.put("showName", true);
        layout.put("expandedSubtechniques", "annotated");
        layer.put("hideDisabled", false);
        ArrayNode techniques = layer.putArray("techniques");
        byTechnique.forEach((id, counts) -> {
            ObjectNode t = techniques.addObject();
            t.put("techniqueID", id);
            int scored = counts.entrySet().stream().filter(e -> e.getKey().scored()).mapToInt(Map.Entry::getValue).sum();
            if (scored > 0) {
                double sum = counts.entrySet().stream().filter(e -> e.getKey().scored())
                        .mapToDouble(e -> e.getKey().score() * (double) e.getValue()).sum();
                t.put("score", Math.round(sum / scored));
            }
            if (results.size() == 1) {
                t.put("color", counts.keySet().iterator().next().colour());
            }
            t.put("comment", "stage " + String.join(", ", stages.get(id)) + ": " + counts.entrySet().stream()
                    .map(e -> (results.size() == 1 ? "" : e.getValue() + " of " + results.size() + " ")
                            + e.getKey().meaning())
                    .collect(Collectors.joining("; ")));
            t.put("enabled", true);
            t.put("showSubtechniques", false);
            if (catalogue.technique(id).map(x -> x.isSubTechnique()).orElse(false)) {
                parentShown(techniques, id.substring(0, id.indexOf('.')));
            }
        });
        ObjectNode gradient = layer.putObject("gradient");
        gradient.putArray("colors").add(Handling.UNDETECTED.colour()).add(Handling.MISSED.colour())
                .add(Handling.STOPPED.colour());
        gradient.put("minValue", 0);
        gradient.put("maxValue", 100);
        ArrayNode legend = layer.putArray("legendItems");
        for (Handling h : Handling.values()) {
            legend.addObject().put("label", h.meaning() + (h.scored() ? " (" + h.score() + ")" : "")).put("color", h.colour());
        }
        layer.put("showTacticRowBackground", false);
        layer.put("selectTechniquesAcrossTactics", true);
        layer.put("selectSubtechniquesWithParent", false);
        layer.put("selectVisibleTechniques", false);
        ArrayNode metadata = layer.putArray("metadata");
        metadata.addObject().put("name", "generator").put("value", "nightshift report --format navigator");
        metadata.addObject().put("name", "sessions").put("value", results.stream().map(r -> r.session().id()
                + (r.session().candidate() == null ? "" : " (" + r.session().candidate() + ")"))
                .collect(Collectors.joining(", ")));
        try {
            return JSON.writeValueAsString(layer) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the Navigator layer", e);
        }
    }

    /** A sub-technique is drawn inside its parent, which the Navigator shows expanded when annotated. */
    private static void parentShown(ArrayNode techniques, String parent) {
        for (var node : techniques) {
            if (node.path("techniqueID").asText().equals(parent)) {
                ((ObjectNode) node).put("showSubtechniques", true);
                return;
            }
        }
    }

    private static String description(List<ResultFile> results) {
        ResultFile first = results.get(0);
        String scenario = first.session().scenario();
        boolean one = results.size() == 1;
        return (one ? "Session " + first.session().id() + " of " + scenario + " (seed " + first.session().seed()
                + ", total " + first.total() + "/100)" : results.size() + " results of " + results.stream()
                .map(r -> r.session().scenario()).distinct().collect(Collectors.joining(", ")))
                + ": each attack technique scored by how it was detected and handled (100 stopped, 90 prevented, 70"
                + " called, 35 alerted but missed, 0 undetected" + (one ? "" : ", averaged over the results") + ").";
    }

    private static String major(String version) {
        String v = version.toLowerCase(Locale.ROOT).replaceFirst("^v", "");
        int dot = v.indexOf('.');
        return dot < 0 ? v : v.substring(0, dot);
    }
}
