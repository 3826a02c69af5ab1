package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceholderValuesTest {

    @Test
    void pairsAndFilesGiveEveryValueOfEveryName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vars.yml");
        Files.writeString(file, "Admins_Workstations: [ws-1, ws-2]\nDomainControllers: dc-1\n");
        assertThat(PlaceholderValues.parse(new String[] {"admins=root,admins=ops", "@" + file})).isEqualTo(Map.of(
                "admins", List.of("root", "ops"), "Admins_Workstations", List.of("ws-1", "ws-2"),
                "DomainControllers", List.of("dc-1")));
    }

    @Test
    void aMalformedValueSaysWhere(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> PlaceholderValues.parse(new String[] {"admins"}))
                .hasMessage("--var wants name=value, got 'admins'");
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, "a: [x\nb: y\n");
        assertThatThrownBy(() -> PlaceholderValues.parse(new String[] {"@" + file}))
                .hasMessageStartingWith(file + ":2:2: YAML syntax error");
        Files.writeString(file, "a:\n  nested: 1\n");
        assertThatThrownBy(() -> PlaceholderValues.parse(new String[] {"@" + file}))
                .hasMessage(file + ":2:3: a placeholder value must be a single value");
    }

    @Test
    void everySigmaHqPlaceholderRuleLoadsOnceItsPlaceholdersHaveValues() throws IOException {
        Path root = Path.of(System.getProperty("nightshift.reference", "../shared/reference"), "sigmahq");
        Assumptions.assumeTrue(Files.isDirectory(root), "../shared/reference/sigmahq not found: "
                + root.toAbsolutePath() + "; skipping the placeholder rules");
        List<SigmaSource> sources;
        try (Stream<Path> files = Files.walk(root.resolve("rules-placeholder"))) {
            sources = files.filter(p -> p.toString().endsWith(".yml")).sorted().map(PlaceholderValuesTest::read)
                    .toList();
        }
        Map<String, List<String>> values = new HashMap<>();
        Pattern placeholder = Pattern.compile("%([A-Za-z0-9_.-]+)%");
        for (SigmaSource source : sources) {
            Matcher m = placeholder.matcher(source.text());
            while (m.find()) {
                values.put(m.group(1), List.of("value-of-" + m.group(1)));
            }
        }
        assertThat(RulePack.parse(sources).errors()).isNotEmpty();
        RulePack pack = RulePack.parse(sources, values);
        assertThat(pack.errors()).isEmpty();
        assertThat(pack.rules()).hasSize(sources.size());
    }

    private static SigmaSource read(Path file) {
        try {
            return new SigmaSource(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
