package dev.nightshift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nightshift.result.ResultFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of a real result opened in a real headless Chromium (Debian's {@code chromium}; skipped with a
 * message when it is absent): it renders with no console message at all (the page has no script, and its content
 * security policy turns any attempt to load something into one), every chart is in the rendered DOM with what it
 * should draw, and a screenshot is kept under {@code target/report-artefacts/}.
 */
class HtmlReportBrowserTest {

    private static final Path REAL = Path.of("src/test/resources/result/tutorial-analyst.result.json");
    private static final Path ARTEFACTS = Path.of("target/report-artefacts");
    private static Optional<Path> chromium;

    @BeforeAll
    static void findChromium() {
        chromium = java.util.stream.Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .flatMap(dir -> java.util.stream.Stream.of("chromium", "chromium-browser").map(n -> Path.of(dir, n)))
                .filter(Files::isExecutable).findFirst();
    }

    private record Run(String out, String err) {
        /** What the page wrote to its console, one message a line. */
        List<String> console() {
            List<String> lines = new ArrayList<>();
            err.lines().filter(l -> l.contains(":CONSOLE")).forEach(lines::add);
            return lines;
        }
    }

    private static Run chromium(Path page, String... options) throws IOException, InterruptedException {
        assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install -y chromium); the browser test"
                + " of the HTML report is skipped");
        List<String> command = new ArrayList<>(List.of(chromium.get().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile")));
        command.addAll(List.of(options));
        command.add(page.toAbsolutePath().toUri().toString());
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish rendering " + page + " within 120 s");
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theReportRendersInChromiumWithEveryChartAndNoConsoleMessage() throws Exception {
        Files.createDirectories(ARTEFACTS);
        Path page = ARTEFACTS.resolve("tutorial-report.html");
        String html = HtmlReport.render(ResultFile.read(REAL));
        Files.writeString(page, html, StandardCharsets.UTF_8);
        assertThat(html).as("self-contained: nothing to fetch").doesNotContainPattern("(src|href)\\s*=")
                .doesNotContain("<script", "@import", "url(")
                .matches(Pattern.compile("(?s)(?!.*https?://(?!www\\.w3\\.org/2000/svg)).*"));

        Run dom = chromium(page, "--dump-dom");
        assertThat(dom.console()).as("console messages").isEmpty();
        String rendered = dom.out();
        for (String chart : List.of("chart-timeline", "chart-queue", "chart-confusion", "chart-attack")) {
            assertThat(rendered).as(chart).contains("id=\"" + chart + "\"");
        }
        String timeline = element(rendered, "chart-timeline");
        assertThat(count(timeline, "<circle")).as("a marker per stage that ran").isEqualTo(2);
        assertThat(timeline).contains("did not run", "your actions", "alerts raised", "you ended");
        assertThat(count(timeline, "<path d=\"M")).as("a marker per alert").isEqualTo(4);
        assertThat(count(element(rendered, "chart-queue"), " L")).as("two series, a point per minute of the two-hour shift each")
                .isEqualTo(2 * 120);
        String confusion = element(rendered, "chart-confusion");
        assertThat(count(confusion, "class=\"cell\"")).isEqualTo(8);
        assertThat(confusion).contains("data-row=\"attack\" data-verdict=\"true-positive\"><rect")
                .containsPattern("data-row=\"attack\" data-verdict=\"true-positive\">.*?>2</text>");
        String matrix = element(rendered, "chart-attack");
        assertThat(count(matrix, "data-technique=\"T1078\"")).as("T1078 under each of its four tactics").isEqualTo(4);
        assertThat(matrix).contains("data-technique=\"T1110.003\" data-handling=\"called\"",
                "data-technique=\"T1136.001\" data-handling=\"prevented\"", "Credential Access", "Impact");

        Path screenshot = ARTEFACTS.resolve("tutorial-report.png");
        Files.deleteIfExists(screenshot);
        chromium(page, "--hide-scrollbars", "--window-size=1300,2600", "--screenshot=" + screenshot.toAbsolutePath());
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png.length).as("a screenshot of the page").isGreaterThan(50_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void aConsoleErrorWouldBeSeen() throws Exception {
        Files.createDirectories(ARTEFACTS);
        Path page = ARTEFACTS.resolve("console-error.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><p>x</p><script>console.error('broken chart')</script>"
                + "</body></html>");
        assertThat(chromium(page, "--dump-dom").console()).singleElement().asString().contains("broken chart");
    }

    private static String element(String dom, String id) {
        int from = dom.indexOf("id=\"" + id + "\"");
        return dom.substring(from, dom.indexOf("</svg>", from));
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
