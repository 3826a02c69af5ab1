package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The first 200 events of the tutorial at seed 7, as JSON lines, must equal the stored golden file byte for byte.
 * After an intended change to the generators, regenerate it with
 * {@code mvn test -Dtest=TutorialGoldenTest -Dnightshift.updateGolden=true} and read the diff before committing.
 */
class TutorialGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/telemetry/tutorial-seed7-first200.jsonl");

    @Test
    void theFirst200EventsOfTheTutorialAtSeed7MatchTheGoldenFile() throws Exception {
        TelemetryStream stream = TelemetryStreamTest.tutorial(7);
        StringWriter out = new StringWriter();
        for (int i = 0; i < 200; i++) {
            JsonLinesFormat.write(stream.poll(stream.end(), Containment.NONE), out);
        }
        String actual = out.toString();
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }

        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        assertThat(actual)
                .as("the tutorial stream changed; if intended, regenerate %s with "
                        + "mvn test -Dtest=TutorialGoldenTest -Dnightshift.updateGolden=true and review the diff", GOLDEN)
                .isEqualTo(expected);
    }
}
