package dev.nightshift.shell;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging, set up in code when Logback first starts (found through {@code META-INF/services}): nothing but command
 * output reaches the user's terminal. With a home ({@code nightshift.home}, set by {@code main}) warnings, and
 * nightshift's own notes, go to {@code <home>/logs/nightshift.log}; without one (a library use, a unit test), only
 * errors go to standard error. Java's own logging (JLine's, for one) is routed here too.
 *
 * <p>{@code main} turns Spring Boot's logging system off, so this is the whole configuration: Spring Boot's
 * would parse an XML file and set Logback up a second time, a tenth of a one-shot command's start-up.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        // Logback's own notes (a file it could not open, say) are never printed over a command's output
        context.getStatusManager().add(new ch.qos.logback.core.status.NopStatusListener());
        String home = System.getProperty("nightshift.home");
        if (home != null && !home.isBlank() && !canLogIn(Path.of(home, "logs"))) {
            home = null; // main reports an unusable home; until then, and without one, only errors are told
        }
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        if (home == null || home.isBlank()) {
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%-5level %logger{36} - %msg%n");
            encoder.start();
            ch.qos.logback.core.ConsoleAppender<ILoggingEvent> console = new ch.qos.logback.core.ConsoleAppender<>();
            console.setContext(context);
            console.setTarget("System.err");
            console.setEncoder(encoder);
            console.start();
            root.addAppender(console);
            root.setLevel(Level.ERROR);
        } else {
            LazyFile file = new LazyFile(home + "/logs/nightshift.log");
            file.setContext(context);
            file.setName("FILE");
            file.start();
            root.addAppender(file);
            root.setLevel(Level.WARN);
            context.getLogger("dev.nightshift").setLevel(Level.INFO);
            // JLine notes each run without a terminal (a pipe, a script) as a warning: that is how it is meant to run
            context.getLogger("org.jline").setLevel(Level.ERROR);
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The log file, opened with its pattern when the first line is written: most commands write none, and Logback's
     * pattern machinery is a twentieth of a one-shot command's start-up.
     */
    private static final class LazyFile extends AppenderBase<ILoggingEvent> {

        private final String path;
        private FileAppender<ILoggingEvent> file;

        LazyFile(String path) {
            this.path = path;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (file == null) {
                PatternLayoutEncoder encoder = new PatternLayoutEncoder();
                encoder.setContext(getContext());
                encoder.setPattern(PATTERN);
                encoder.start();
                file = new FileAppender<>();
                file.setContext(getContext());
                file.setName("FILE");
                file.setFile(path);
                file.setEncoder(encoder);
                file.start();
            }
            file.doAppend(event);
        }

        @Override
        public void stop() {
            if (file != null) {
                file.stop();
            }
            super.stop();
        }
    }

    private static boolean canLogIn(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
