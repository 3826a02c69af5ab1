package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String write(Object value) {
        StringBuilder out = new StringBuilder();
        JsonText.value(out, value);
        return out.toString();
    }

    @Test
    void writesNestedValuesInOrder() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("b", 1);
        doc.put("a", List.of("x\"y", 2L, true));
        doc.put("n", null);
        doc.put("d", 1.5);
        assertThat(write(doc)).isEqualTo("{\"b\":1,\"a\":[\"x\\\"y\",2,true],\"n\":null,\"d\":1.5}");
        assertThat(write("tab\tline\nctl\u0001\\")).isEqualTo("\"tab\\tline\\nctl\\u0001\\\\\"");
    }

    @Property
    void anyStringRoundTripsThroughAJsonParser(@ForAll String text) throws Exception {
        assertThat(JSON.readValue(write(text), String.class)).isEqualTo(text);
        assertThat(write(text)).doesNotContain("\n");
    }

    @Property
    void anyMapOfStringsAndNumbersRoundTrips(@ForAll Map<String, Integer> numbers, @ForAll String key) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>(numbers);
        doc.put(key, key);
        assertThat(JSON.readValue(write(doc), Map.class)).isEqualTo(doc);
    }
}
