package dev.nightshift.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The one-pass JSON reader of JSON lines agrees with Jackson's reading ({@link JsonMaps}) on every line it answers,
 * value types and member order included, answers every line Jackson writes, and on damaged lines answers nothing
 * Jackson would not (Jackson then reports the error, as before).
 */
class JsonLinePropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<Map<String, Object>> documents() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("EventID", "Channel", "CommandLine", "Threat Name",
                "@timestamp", "a.b", ""), Arbitraries.strings().ofMaxLength(10));
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(s -> (Object) s),
                Arbitraries.strings().withChars("C:\\Windows\"/\u00e9\u4e2d\ud83d\ude00\u0000\u001f\u2028 ")
                        .ofMaxLength(30).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(30)),
                        new java.math.BigInteger("1" + "0".repeat(30))).map(b -> (Object) b),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE));
        Arbitrary<Object> nested = Arbitraries.oneOf(
                Arbitraries.maps(names, scalars).ofMaxSize(4).map(m -> (Object) m),
                scalars.list().ofMaxSize(4).map(l -> (Object) l));
        Arbitrary<Object> values = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalars), net.jqwik.api.Tuple.of(1, nested),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        return Arbitraries.maps(names, values).ofMaxSize(25);
    }

    @Property(tries = 400)
    void readsWhatJacksonWritesAsJacksonReadsIt(@ForAll("documents") Map<String, Object> document,
                                                @ForAll boolean pretty) throws IOException {
        byte[] line = (pretty ? JSON.writerWithDefaultPrettyPrinter() : JSON.writer()).writeValueAsString(document)
                .replace("\n", pretty ? " \t " : "\n").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> fast = new JsonLine().object(line, 0, line.length);
        assertThat(fast).as("the one-pass reader answers every line Jackson writes").isNotNull();
        String jackson = described(JsonMaps.object(line, 0, line.length));
        assertThat(described(fast)).isEqualTo(jackson);
        assertThat(described(new JsonLine().fields(line, 0, line.length))).isEqualTo(jackson);
    }

    /** A line's lazy members change as a LinkedHashMap of the same members does, whatever is read, put or removed. */
    @Property(tries = 300)
    void lazyMembersBehaveAsAMap(@ForAll("documents") Map<String, Object> document,
                                 @ForAll("operations") List<int[]> operations) throws IOException {
        byte[] line = JSON.writeValueAsBytes(document);
        Map<String, Object> lazy = new JsonLine().fields(line, 0, line.length);
        Map<String, Object> plain = JsonMaps.object(line, 0, line.length);
        List<String> keys = new java.util.ArrayList<>(plain.keySet());
        keys.add("absent");
        for (int[] op : operations) {
            String key = keys.get(op[1] % keys.size());
            switch (op[0]) {
                case 0 -> assertThat(lazy.get(key)).isEqualTo(plain.get(key));
                case 1 -> assertThat(lazy.remove(key)).isEqualTo(plain.remove(key));
                case 2 -> assertThat(lazy.put(key, op[2])).isEqualTo(plain.put(key, op[2]));
                default -> assertThat(lazy.containsKey(key)).isEqualTo(plain.containsKey(key));
            }
            assertThat(lazy.size()).isEqualTo(plain.size());
        }
        assertThat(List.copyOf(lazy.keySet())).isEqualTo(List.copyOf(plain.keySet()));
        assertThat(described(lazy)).isEqualTo(described(plain));
        assertThat(lazy).isEqualTo(plain);
        assertThat(lazy.hashCode()).isEqualTo(plain.hashCode());
    }

    @Provide
    Arbitrary<List<int[]>> operations() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers()).as((kind, key, value) -> new int[] {kind, key, value}).list().ofMaxSize(30);
    }

    @Property(tries = 1500)
    void answersNothingJacksonWouldNot(@ForAll("damaged") byte[] line) throws IOException {
        Map<String, Object> fast = new JsonLine().object(line, 0, line.length);
        Map<String, Object> lazy = new JsonLine().fields(line, 0, line.length);
        assertThat(lazy == null).as("the lazy reading answers the same lines").isEqualTo(fast == null);
        if (fast == null) {
            return;
        }
        Map<String, Object> jackson;
        try {
            jackson = JsonMaps.object(line, 0, line.length);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the one-pass reader accepted what Jackson rejects ("
                    + e.getOriginalMessage() + "): " + new String(line, StandardCharsets.UTF_8), e);
        }
        assertThat(described(fast)).isEqualTo(described(jackson));
        assertThat(described(lazy)).isEqualTo(described(jackson));
    }

    /** A written line with a few bytes replaced, inserted or cut, from JSON's own alphabet and beyond. */
    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<Byte> bytes = Arbitraries.oneOf(Arbitraries.bytes(),
                Arbitraries.chars().with("{}[],:\"\\ -+.eE0123456789tfnulrsu/bx").map(c -> (byte) c.charValue()));
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 10_000), bytes.map(Byte::intValue))
                .as((kind, at, b) -> new int[] {kind, at, b});
        return Combinators.combine(documents(), edit.list().ofMinSize(1).ofMaxSize(3)).as((doc, edits) -> {
            byte[] line;
            try {
                line = JSON.writeValueAsBytes(doc);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            for (int[] e : edits) {
                line = edit(line, e[0], e[1] % (line.length + 1), (byte) e[2]);
            }
            return line;
        });
    }

    private static byte[] edit(byte[] line, int kind, int at, byte b) {
        if (kind == 0 && at < line.length) {
            byte[] copy = line.clone();
            copy[at] = b;
            return copy;
        }
        if (kind == 1 && at < line.length) {
            byte[] copy = new byte[line.length - 1];
            System.arraycopy(line, 0, copy, 0, at);
            System.arraycopy(line, at + 1, copy, at, line.length - at - 1);
            return copy;
        }
        byte[] copy = new byte[line.length + 1];
        System.arraycopy(line, 0, copy, 0, at);
        copy[at] = b;
        System.arraycopy(line, at, copy, at + 1, line.length - at);
        return copy;
    }

    @Property(tries = 300)
    void numbersReadAsJacksonReadsThem(@ForAll @IntRange(max = 25) int digits, @ForAll boolean negative,
                                       @ForAll("fractions") String fraction, @ForAll long seed) throws IOException {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder number = new StringBuilder(negative ? "-" : "");
        number.append(random.nextInt(9) + 1);
        for (int i = 0; i < digits; i++) {
            number.append(random.nextInt(10));
        }
        byte[] line = ("{\"n\":" + number + fraction + ",\"m\":[" + number + fraction + "]}")
                .getBytes(StandardCharsets.US_ASCII);
        Map<String, Object> fast = new JsonLine().object(line, 0, line.length);
        assertThat(fast).isNotNull();
        assertThat(described(fast)).isEqualTo(described(JsonMaps.object(line, 0, line.length)));
    }

    @Provide
    Arbitrary<String> fractions() {
        return Arbitraries.of("", ".5", ".000001", "e5", "E-3", "e+400", ".25e-400", ".0");
    }

    @Test
    void leavesToJacksonWhatItIsNotSureOf() {
        for (String line : List.of("\uFEFF{\"a\":1}", "{\"a\":01}", "{\"a\":1,}", "{\"a\":tru}", "{\"a\":truex}",
                "{\"a\":\"\u0001\"}", "{\"a\":\"\\x\"}", "{\"a\":1} x", "{\"a\":-}", "{\"a\":1.}", "{\"a\":+1}",
                "\f{\"a\":1}", "{\"a\":[1,]}", "{'a':1}", "[1]", "{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(new JsonLine().object(bytes, 0, bytes.length)).as(line).isNull();
        }
        byte[] invalid = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};
        assertThat(new JsonLine().object(invalid, 0, invalid.length)).isNull();
        byte[] surrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        assertThat(new JsonLine().object(surrogate, 0, surrogate.length)).isNull();
    }

    @Test
    void remembersNamesByTheirBytesAndInternsThem() {
        JsonLine reader = new JsonLine();
        byte[] first = "{\"Image\":\"a\",\"Im\\u0061ge2\":1}".getBytes(StandardCharsets.US_ASCII);
        byte[] second = "{\"Image\":\"b\",\"Image2\":2}".getBytes(StandardCharsets.US_ASCII);
        Map<String, Object> one = reader.object(first, 0, first.length);
        Map<String, Object> two = reader.object(second, 0, second.length);
        assertThat(one.keySet()).containsExactly("Image", "Image2");
        assertThat(two.keySet()).containsExactly("Image", "Image2");
        assertThat(one.keySet().iterator().next()).isSameAs("Image");
        assertThat(two.keySet().iterator().next()).isSameAs("Image");
        assertThat(List.copyOf(two.keySet()).get(1)).isSameAs(List.copyOf(one.keySet()).get(1));
    }

    /** A value with the type of every part and the order of every map, so that equal descriptions mean equal reads. */
    private static String described(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(k).append('=').append(described(v)).append(';'));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonLinePropertyTest::described).toList().toString();
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }
}
