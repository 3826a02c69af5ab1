package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Byte-stable export: the first hour of every bundled scenario, at its own seed, in every output format, hashes to
 * the SHA-256 stored in {@code format-goldens.txt}. Rewrite the file with {@code -Dnightshift.updateGolden=true}
 * after a deliberate change, and read the diff of the output before committing it.
 */
class FormatGoldenTest {

    private static final Path GOLDENS = Path.of("src/test/resources/telemetry/format-goldens.txt");

    @Test
    void everyScenarioInEveryFormatHashesToItsGoldenValue() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        for (String id : ScenarioLibrary.bundled().ids()) {
            Scenario scenario = ScenarioLibrary.bundled().load(id);
            for (String format : EventFormat.NAMES) {
                StringBuilder out = new StringBuilder();
                Generator.run(scenario, scenario.seed(), Duration.ofHours(1), EventFormat.named(format).orElseThrow(),
                        out, null, Generator.Progress.NONE);
                actual.put(id + " " + format, sha256(out.toString()));
            }
        }
        String rendered = actual.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(GOLDENS, rendered, StandardCharsets.UTF_8);
        }
        List<String> expected = new ArrayList<>(Files.readAllLines(GOLDENS, StandardCharsets.UTF_8));
        assertThat(rendered.lines().toList())
                .as("output hashes changed; if that is intended, rerun with -Dnightshift.updateGolden=true")
                .containsExactlyElementsOf(expected);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
