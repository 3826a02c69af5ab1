package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging goes to the home's log file, which is made only when a line is written; an unusable home logs nowhere. */
class LogSetupTest {

    private final String before = System.getProperty("nightshift.home");

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("nightshift.home");
        } else {
            System.setProperty("nightshift.home", before);
        }
    }

    private static LoggerContext configured() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as SLF4J's start-up gives it
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        setup.configure(context);
        return context;
    }

    @Test
    void warningsGoToTheHomesLogFileWhichAppearsWithTheFirstLine(@TempDir Path home) throws Exception {
        System.setProperty("nightshift.home", home.toString());
        LoggerContext context = configured();
        Path log = home.resolve("logs/nightshift.log");
        context.getLogger("dev.nightshift.game.Sessions").debug("not kept");
        context.getLogger("org.jline").warn("Unable to create a system terminal");
        context.getLogger("org.h2").info("not kept either");
        assertThat(log).doesNotExist();
        context.getLogger("dev.nightshift.store.SessionStore").info("kept: nightshift's own notes");
        context.getLogger("org.h2").warn("kept: a library's warning");
        context.stop();
        assertThat(Files.readAllLines(log)).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("INFO", "kept: nightshift's own notes"))
                .anySatisfy(line -> assertThat(line).contains("WARN", "org.h2", "kept: a library's warning"));
    }

    @Test
    void aHomeThatIsAFileLogsNowhereAndSaysNothing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("home"), "not a folder");
        System.setProperty("nightshift.home", file.toString());
        LoggerContext context = configured();
        context.getLogger("dev.nightshift.x").warn("nowhere to go");
        assertThat(context.getStatusManager().getCopyOfStatusList()).noneMatch(s -> s.getLevel() >= 1);
        assertThat(Files.readString(file)).isEqualTo("not a folder");
        context.stop();
    }
}
