package dev.nightshift.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/result.schema.json is the schema of what is written, and it describes every field of a real result. */
class ResultSchemaTest {

    private static final Path SHIPPED = Path.of("docs/result.schema.json");

    @Test
    void theShippedSchemaIsTheOneTheRecordsGive() throws Exception {
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(SHIPPED, ResultSchema.json(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SHIPPED, StandardCharsets.UTF_8)).isEqualTo(ResultSchema.json());
    }

    @Test
    void everyFieldOfASignedRealResultIsDescribedAndHasItsType() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(ResultSchema.json());
        JsonNode result = ResultFile.read(SignatureTest.REAL)
                .signed(ProctorSecret.of("correct horse battery staple", "the test")).toTree();
        List<String> wrong = new ArrayList<>();
        check(result, schema, schema, "", wrong);
        assertThat(wrong).isEmpty();
    }

    /** A small checker of the subset the schema uses: type, const, enum, properties, required, items, $ref, oneOf. */
    private static void check(JsonNode value, JsonNode schema, JsonNode root, String path, List<String> wrong) {
        if (schema.has("$ref")) {
            check(value, root.at(schema.get("$ref").asText().substring(1)), root, path, wrong);
            return;
        }
        if (schema.has("oneOf")) {
            JsonNode branch = value.isNull() ? schema.get("oneOf").get(1) : schema.get("oneOf").get(0);
            check(value, branch, root, path, wrong);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                wrong.add(path + ": " + value + " is not among " + schema.get("enum"));
            }
            return;
        }
        List<String> types = new ArrayList<>();
        schema.path("type").forEach(t -> types.add(t.asText()));
        if (schema.path("type").isTextual()) {
            types.add(schema.get("type").asText());
        }
        String actual = value.isNull() ? "null" : value.isObject() ? "object" : value.isArray() ? "array"
                : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : value.isBoolean() ? "boolean"
                : "string";
        if (!types.contains(actual) && !(actual.equals("integer") && types.contains("number"))) {
            wrong.add(path + ": " + actual + " where the schema says " + types);
            return;
        }
        if (value.isObject()) {
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    wrong.add(path + "/" + r.asText() + ": missing");
                }
            });
            value.fields().forEachRemaining(f -> {
                JsonNode property = schema.path("properties").get(f.getKey());
                if (property == null) {
                    wrong.add(path + "/" + f.getKey() + ": not in the schema");
                } else {
                    check(f.getValue(), property, root, path + "/" + f.getKey(), wrong);
                }
            });
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), root, path + "/" + i, wrong);
            }
        }
    }
}
