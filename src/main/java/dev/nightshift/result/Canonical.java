package dev.nightshift.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical bytes of a result, the ones its signature covers: the document without its {@code signature} member,
 * as UTF-8 JSON with no whitespace, every object's members sorted by name (by UTF-16 code units, as RFC 8785 does),
 * strings escaped only where JSON requires it, integers in decimal and other numbers as Java's
 * {@code Double.toString} writes them. Two files that differ only in layout have the same canonical bytes.
 */
public final class Canonical {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Canonical() {
    }

    /** The canonical bytes of {@code document}, leaving out its top-level {@code signature} member. */
    public static byte[] bytes(JsonNode document) {
        JsonNode unsigned = document;
        if (document.isObject() && document.has(ResultFile.SIGNATURE)) {
            ObjectNode copy = ((ObjectNode) document).deepCopy();
            copy.remove(ResultFile.SIGNATURE);
            unsigned = copy;
        }
        try {
            return JSON.writeValueAsString(sorted(unsigned)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the canonical form of a result", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            node.fields().forEachRemaining(members::add);
            members.sort(Map.Entry.comparingByKey());
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            members.forEach(m -> out.set(m.getKey(), sorted(m.getValue())));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                out.add(sorted(it.next()));
            }
            return out;
        }
        if (node.isNumber() && !node.isIntegralNumber() && !Double.isFinite(node.doubleValue())) {
            throw new ResultException("a result holds only finite numbers, and this one holds " + node.asText());
        }
        return node;
    }
}
