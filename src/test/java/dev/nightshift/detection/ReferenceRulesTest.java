package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ReferenceRulesTest {

    @Test
    void everySigmaHqReferenceRuleLoads() throws IOException {
        Path root = Path.of(System.getProperty("nightshift.reference", "../shared/reference"), "sigma", "rules");
        Assumptions.assumeTrue(Files.isDirectory(root), "../shared/reference not found: " + root.toAbsolutePath());
        List<SigmaSource> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".yml")).sorted().map(p -> read(root, p)).toList();
        }
        RulePack pack = RulePack.parse(sources);
        System.out.printf("reference rules: %d files, %d loaded, %d errors%n", sources.size(), pack.rules().size(),
                pack.errors().size());
        pack.errors().forEach(e -> System.out.println("  " + e.format()));
        assertThat(sources).hasSize(62);
        assertThat(pack.rules()).hasSize(62);
        assertThat(pack.errors()).isEmpty();
        new DetectionEngine(pack);
    }

    @Test
    void everyRegexOfTheWholeSigmaHqCorpusRunsOnTheLinearEngine() throws IOException {
        Path root = Path.of(System.getProperty("nightshift.reference", "../shared/reference"), "sigmahq");
        Assumptions.assumeTrue(Files.isDirectory(root), "../shared/reference not found: " + root.toAbsolutePath());
        List<SigmaSource> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".yml") && !p.startsWith(root.resolve("tests")))
                    .sorted().map(p -> read(root, p)).toList();
        }
        long regexes = sources.stream().mapToLong(s -> s.text().lines().filter(l -> l.contains("|re")).count()).sum();
        RulePack pack = RulePack.parse(sources);
        assertThat(regexes).isGreaterThan(200);
        assertThat(pack.errors()).extracting(RuleError::format).allMatch(e -> e.contains("placeholder"));
    }

    private static SigmaSource read(Path root, Path file) {
        try {
            return new SigmaSource(root.relativize(file).toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
