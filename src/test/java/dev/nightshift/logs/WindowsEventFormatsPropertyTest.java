package dev.nightshift.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.pipeline.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The same Windows events written as event XML, as evtx_dump JSON (flattened and with Data lists) and as pretty
 * JSON with Record lines read back to the same fields; and no byte sequence makes a reader throw.
 */
class WindowsEventFormatsPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<List<Map<String, String>>> events() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(1)
                .ofMaxLength(12).filter(n -> !n.equals("Data"));
        Arbitrary<String> values = Arbitraries.strings().withChars("abcXYZ019 <>&\"'\\/:;.-_{}[]é").ofMaxLength(30)
                .filter(v -> v.strip().equals(v) || v.isEmpty());
        return Arbitraries.maps(names, values).ofMinSize(0).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 60)
    void xmlAndEvtxJsonReadBackTheSameFields(@ForAll("events") List<Map<String, String>> events) throws IOException {
        Path dir = Files.createTempDirectory("formats");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<Events>\n");
        StringBuilder flat = new StringBuilder();
        StringBuilder pretty = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            xml.append("<Event><System><Provider Name=\"P\"/><EventID>").append(4000 + i)
                    .append("</EventID><Channel>Security</Channel></System><EventData>");
            events.get(i).forEach((name, value) -> xml.append("<Data Name=\"").append(name).append("\">")
                    .append(escape(value)).append("</Data>"));
            xml.append("</EventData></Event>\n");
            Map<String, Object> system = Map.of("Provider", Map.of("#attributes", Map.of("Name", "P")),
                    "EventID", 4000 + i, "Channel", "Security");
            flat.append(JSON.writeValueAsString(Map.of("Event", Map.of("System", system,
                    "EventData", events.get(i))))).append('\n');
            List<Map<String, Object>> data = new ArrayList<>();
            events.get(i).forEach((name, value) -> data.add(Map.of("#attributes", Map.of("Name", name), "#text", value)));
            pretty.append("Record ").append(i + 1).append('\n').append(JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Map.of("Event", Map.of("System", system, "EventData", Map.of("Data", data)))))
                    .append('\n');
        }
        xml.append("</Events>\n");
        List<List<Map<String, Object>>> read = new ArrayList<>();
        for (String[] file : new String[][] {{"e.xml", xml.toString()}, {"e.jsonl", flat.toString()},
            {"e.json", pretty.toString()}}) {
            Path path = dir.resolve(file[0]);
            Files.writeString(path, file[1]);
            List<InputProblem> problems = new ArrayList<>();
            List<Map<String, Object>> fields = new ArrayList<>();
            ExportedLogsTest.read(path, LogFormat.AUTO, problems).forEach(r -> fields.add(r.fields()));
            assertThat(problems).as(file[0]).isEmpty();
            read.add(fields);
        }
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("Provider_Name", "P");
            expected.put("EventID", 4000 + i);
            expected.put("Channel", "Security");
            expected.putAll(events.get(i));
            for (List<Map<String, Object>> fields : read) {
                assertThat(fields.get(i)).isEqualTo(expected);
            }
        }
    }

    @Property(tries = 200)
    void noInputMakesAReaderThrow(@ForAll("garbage") String text) throws IOException {
        Path file = Files.createTempFile("garbage", ".log");
        Files.writeString(file, text);
        for (LogFormat format : LogFormat.values()) {
            List<InputProblem> problems = new ArrayList<>();
            ExportedLogsTest.read(file, format, problems);
            assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
        }
        Files.delete(file);
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("{}[]<>/\"=:,Record 1\nEvent?xml").ofMaxLength(80),
                Arbitraries.of("<Events><Event><System>", "{\"Records\": [1, {\"a\": 2}, ", "Record 7\n{",
                        "[{\"Event\": {\"System\": 3}}]", "<Event><System/></Event><Event>", "{}\n[]\n\"x\"\n"));
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
