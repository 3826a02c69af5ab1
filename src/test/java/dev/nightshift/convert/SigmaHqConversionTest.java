package dev.nightshift.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.detection.DetectionTree;
import dev.nightshift.detection.SigmaSource;
import dev.nightshift.pipeline.RuleProcessing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The SigmaHQ corpus in {@code ../shared/reference/sigmahq}: every rule either converts or gets a sentence, never an
 * exception, for every target; and the queries of the rules in {@code convert/sigmahq-selection.txt} (chosen for
 * their modifiers and conditions) are our goldens in {@code convert/sigmahq-goldens.txt}, reviewed against the
 * backends' escaping and quoting rules but not produced by pySigma. Rewrite the goldens with
 * {@code -Dnightshift.updateGolden=true} after a deliberate change, and read the diff.
 */
class SigmaHqConversionTest {

    private static final Path ROOT = Path.of(System.getProperty("nightshift.reference", "../shared/reference"), "sigmahq");
    private static final Path GOLDENS = Path.of("src/test/resources/convert/sigmahq-goldens.txt");

    @Test
    void everyCorpusRuleConvertsOrGetsASentence() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ROOT), "../shared/reference/sigmahq not found: " + ROOT.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".yml") && !p.startsWith(ROOT.resolve("tests"))).sorted()
                    .toList();
        }
        List<DetectionTree> trees = new ArrayList<>();
        int unloadable = 0;
        for (Path file : files) {
            DetectionTree.Read read = DetectionTree.read(source(file), Map.of());
            trees.addAll(read.trees());
            unloadable += read.errors().isEmpty() ? 0 : 1;
        }
        assertThat(unloadable).as("files the engine cannot load (placeholders without values)").isLessThanOrEqualTo(25);
        for (ConvertTarget target : ConvertTarget.values()) {
            RuleConverter converter = new RuleConverter(target, RuleProcessing.load(List.of(), new ArrayList<>()),
                    Map.of());
            int converted = 0;
            int refused = 0;
            Map<String, Integer> reasons = new TreeMap<>();
            for (DetectionTree tree : trees) {
                RuleConverter.Conversion conversion = converter.convert(tree);
                if (conversion.converted()) {
                    converted++;
                    assertThat(conversion.query()).isNotBlank().doesNotContain("{field}", "{value}", "{regex}", "{list}");
                } else {
                    refused++;
                    assertThat(conversion.error()).startsWith(conversion.rule().file() + ":").contains("cannot convert")
                            .doesNotContainPattern("[a-z]Exception\\b");
                    String reason = conversion.error().substring(conversion.error().indexOf(target.label() + ": ")
                            + target.label().length() + 2);
                    reasons.merge(reason.length() > 90 ? reason.substring(0, 90) : reason, 1, Integer::sum);
                }
            }
            System.out.printf("%s: %d files (%d not loadable), %d rules converted, %d refused%n", target.label(),
                    files.size(), unloadable, converted, refused);
            reasons.forEach((reason, count) -> System.out.printf("    %4d %s%n", count, reason));
            assertThat(converted + refused).isEqualTo(trees.size());
            assertThat(converted).isGreaterThan(3400);
        }
    }

    @Test
    void selectedRulesMatchTheirGoldens() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ROOT), "../shared/reference/sigmahq not found: " + ROOT.toAbsolutePath());
        List<String> selection = Files.readAllLines(Path.of("src/test/resources/convert/sigmahq-selection.txt"))
                .stream().filter(l -> !l.isBlank()).toList();
        assertThat(selection).hasSizeGreaterThanOrEqualTo(50);
        StringBuilder rendered = new StringBuilder();
        for (String rule : selection) {
            for (ConvertTarget target : ConvertTarget.values()) {
                RuleConverter converter = new RuleConverter(target, RuleProcessing.load(List.of(),
                        new java.util.ArrayList<>()), Map.of());
                RuleConverter.FileConversion result = converter.convert(source(ROOT.resolve(rule)));
                rendered.append("== ").append(rule).append(" [").append(target.label()).append("]\n");
                result.errors().forEach(e -> rendered.append("error: ").append(e).append('\n'));
                for (RuleConverter.Conversion conversion : result.conversions()) {
                    rendered.append(conversion.converted() ? conversion.query() : "refused: " + conversion.error())
                            .append('\n');
                }
            }
        }
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(GOLDENS, rendered, StandardCharsets.UTF_8);
        }
        assertThat(rendered.toString().lines().toList())
                .as("queries changed; if that is intended, rerun with -Dnightshift.updateGolden=true and read the diff")
                .containsExactlyElementsOf(Files.readAllLines(GOLDENS, StandardCharsets.UTF_8));
    }

    private static SigmaSource source(Path file) {
        try {
            return new SigmaSource(ROOT.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
