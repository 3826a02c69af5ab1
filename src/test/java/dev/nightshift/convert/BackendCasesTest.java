package dev.nightshift.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.detection.SigmaSource;
import dev.nightshift.pipeline.InputProblem;
import dev.nightshift.pipeline.PipelineSource;
import dev.nightshift.pipeline.RuleProcessing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every expected query of {@code convert/backend-cases.yml}, carried from the test suites of pySigma's Splunk, Kusto
 * and Elasticsearch backends, is what we write for the same rule, exactly.
 */
class BackendCasesTest {

    static Stream<Arguments> cases() throws IOException {
        List<Map<String, Object>> cases = new Yaml().load(Files.readString(
                Path.of("src/test/resources/convert/backend-cases.yml")));
        return cases.stream().map(c -> Arguments.of(c.get("target") + "/" + c.get("case"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void writesWhatTheBackendWrites(String name, Map<String, Object> testCase) {
        RuleProcessing processing = processing((Map<String, String>) testCase.get("fields"));
        RuleConverter converter = new RuleConverter(ConvertTarget.of((String) testCase.get("target")), processing,
                Map.of());
        RuleConverter.FileConversion result = converter.convert(new SigmaSource(name + ".yml",
                (String) testCase.get("rule")));
        assertThat(result.errors()).isEmpty();
        assertThat(result.conversions()).hasSize(1);
        RuleConverter.Conversion conversion = result.conversions().get(0);
        assertThat(conversion.error()).isNull();
        assertThat(conversion.query()).isEqualTo(testCase.get("expected"));
    }

    /** A pipeline of one field_name_mapping item for every rule, or none. */
    static RuleProcessing processing(Map<String, String> fields) {
        List<InputProblem> problems = new ArrayList<>();
        List<PipelineSource> sources = new ArrayList<>();
        if (fields != null) {
            StringBuilder yaml = new StringBuilder("name: case fields\npriority: 10\ntransformations:\n"
                    + "  - id: fields\n    type: field_name_mapping\n    mapping:\n");
            fields.forEach((from, to) -> yaml.append("      ").append(from).append(": ").append(to).append('\n'));
            sources.add(new PipelineSource("fields.yml", yaml.toString()));
        }
        RuleProcessing processing = RuleProcessing.load(sources, problems);
        assertThat(problems).isEmpty();
        return processing;
    }
}
