package dev.nightshift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a pipeline file holds, loading it never throws, and every problem points inside the file. */
class PipelineParserPropertyTest {

    private static final String VALID = """
            name: site
            priority: 20
            vars:
              admins: [a, b]
            transformations:
              - id: c
                type: add_condition
                conditions:
                  Channel: X/Operational
                rule_conditions:
                  - type: logsource
                    product: windows
                    service: x
              - id: m
                type: field_name_mapping
                mapping:
                  Image: [NewProcessName, ImagePath]
                rule_cond_op: or
                rule_conditions:
                  - type: logsource
                    service: x
            """;

    @Provide
    Arbitrary<String> mutated() {
        return Arbitraries.integers().between(0, VALID.length() - 1).list().ofMaxSize(4).flatMap(cuts ->
                Arbitraries.strings().withChars(" :-[]{}\n'\"|&*!%ab1").ofMaxLength(3).list().ofSize(cuts.size())
                        .map(inserts -> {
                            StringBuilder text = new StringBuilder(VALID);
                            for (int i = 0; i < cuts.size(); i++) {
                                int at = Math.min(cuts.get(i), text.length());
                                text.replace(at, Math.min(text.length(), at + 1), inserts.get(i));
                            }
                            return text.toString();
                        }));
    }

    @Property(tries = 300)
    void aMutatedPipelineLoadsOrSaysWhereItIsWrong(@ForAll("mutated") String text) {
        List<InputProblem> problems = new ArrayList<>();
        Pipeline pipeline = Pipeline.load(List.of(new PipelineSource("site.yml", text)), false, problems);
        long lines = text.lines().count() + 1;
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("site.yml");
            assertThat(p.line()).isBetween(1, (int) lines + 1);
            assertThat(p.column()).isPositive();
        });
        if (problems.isEmpty()) {
            assertThat(pipeline.names()).hasSize(1);
        } else {
            assertThat(pipeline.logsources()).isEmpty();
        }
    }

    @Property(tries = 200)
    void anyTextLoadsWithoutThrowing(@ForAll String text) {
        List<InputProblem> problems = new ArrayList<>();
        Pipeline.load(List.of(new PipelineSource("any.yml", text)), false, problems);
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    }
}
