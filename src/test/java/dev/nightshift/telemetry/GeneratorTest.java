package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratorTest {

    private static Scenario tutorial;

    @BeforeAll
    static void load() throws Exception {
        tutorial = ScenarioLibrary.bundled().load("tutorial-brute-force");
    }

    @Test
    void truthGoesOnlyToItsOwnFileOneLinePerEvent() throws IOException {
        StringBuilder data = new StringBuilder();
        StringWriter truth = new StringWriter();
        Generator.Summary summary = Generator.run(tutorial, 7, null, EventFormat.named("jsonl").orElseThrow(), data,
                truth, Generator.Progress.NONE);
        List<String> truthLines = truth.toString().lines().toList();
        assertThat(data.toString().lines()).hasSize((int) summary.events());
        assertThat(truthLines).hasSize((int) summary.events());
        assertThat(truthLines.get(0)).isEqualTo("{\"index\":0,\"truth\":\"benign\"}");
        assertThat(truthLines).filteredOn(l -> l.contains("\"attack\"")).hasSize((int) summary.attackEvents())
                .allMatch(l -> l.contains("\"stage\":") && l.contains("\"technique\":\"T"));
        assertThat(truthLines).filteredOn(l -> l.contains("\"lookalike\"")).hasSize((int) summary.lookalikeEvents());
        assertThat(data.toString()).doesNotContain("T1110.003").doesNotContain("\"truth\"");
        assertThat(summary.attackEvents()).isPositive();
    }

    @Test
    void sameSeedGivesTheSameBytesInEveryFormat() throws Exception {
        for (String format : EventFormat.NAMES) {
            assertThat(sha256(format, 7)).as(format).isEqualTo(sha256(format, 7));
            assertThat(sha256(format, 7)).as(format).isNotEqualTo(sha256(format, 8));
        }
    }

    @Test
    void durationShortensTheRunAndProgressReachesTheEnd() throws IOException {
        double[] last = {-1};
        long[] calls = {0};
        Generator.Summary half = Generator.run(tutorial, 7, Duration.ofMinutes(30), EventFormat.named("cef").orElseThrow(),
                new StringBuilder(), null, (done, events) -> {
                    last[0] = done;
                    calls[0]++;
                });
        assertThat(Duration.between(half.start(), half.end())).isEqualTo(Duration.ofMinutes(30));
        assertThat(last[0]).isEqualTo(1.0);
        assertThat(calls[0]).isPositive();
    }

    @Test
    void aLongRunIsStreamedNotKept() throws IOException {
        CountingSink sink = new CountingSink();
        Generator.Summary week = Generator.run(tutorial, 7, Duration.ofDays(7), EventFormat.named("jsonl").orElseThrow(),
                sink, null, Generator.Progress.NONE);
        assertThat(sink.lines).isEqualTo(week.events());
        assertThat(week.events()).isGreaterThan(50_000);
    }

    private static String sha256(String format, long seed) throws IOException, NoSuchAlgorithmException {
        StringBuilder out = new StringBuilder();
        Generator.run(tutorial, seed, Duration.ofMinutes(40), EventFormat.named(format).orElseThrow(), out, null,
                Generator.Progress.NONE);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** A sink that counts lines and keeps nothing. */
    private static final class CountingSink implements Appendable {
        long lines;

        @Override
        public Appendable append(CharSequence csq) {
            for (int i = 0; i < csq.length(); i++) {
                append(csq.charAt(i));
            }
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
            return append(csq.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            if (c == '\n') {
                lines++;
            }
            return this;
        }
    }

}
