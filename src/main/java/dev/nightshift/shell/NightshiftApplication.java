package dev.nightshift.shell;

import org.slf4j.LoggerFactory;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.BackgroundPreinitializer;
import org.springframework.boot.context.config.AnsiOutputApplicationListener;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.env.EnvironmentPostProcessorApplicationListener;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.CommandNotFound;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.command.annotation.EnableCommand;

/** Starts nightshift: the interactive shell with no arguments, one command and exit with arguments. */
@SpringBootApplication
@EnableCommand({HelpCommand.class, BuiltInCommands.class, InfoCommands.class, ScenarioCommands.class, SessionCommands.class, ShiftCommands.class, LookupCommands.class, ScriptCommand.class, GenerateCommand.class, RulesCommands.class, RulesConvertCommand.class, EngineerCommands.class, ReportCommands.class, CohortCommands.class, ServeCommands.class})
public class NightshiftApplication {

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";
    /** Set by {@code main} when it runs one command and exits (never while the build prepares the context). */
    static final String ONE_SHOT = "nightshift.oneShot";

    public static void main(String[] given) {
        String[] args = Conventions.apply(given);
        java.nio.file.Path home = Home.resolve();
        String unusable = Home.problem(home);
        if (unusable != null && !Boolean.getBoolean("spring.aot.processing")) {
            ErrorReporting.report(unusable);
            System.exit(ErrorReporting.BAD_INPUT);
            return;
        }
        System.setProperty("nightshift.home", home.toString());
        // logging is set up in code when Logback starts (LogSetup); Spring Boot's set-up would do it over again
        if (System.getProperty(LOGGING_SYSTEM) == null) {
            System.setProperty(LOGGING_SYSTEM, "none");
        }
        if (args.length > 0 && !Boolean.getBoolean("spring.aot.processing")) {
            System.setProperty(ONE_SHOT, "true");
        }
        if (args.length == 0 && !Boolean.getBoolean("spring.aot.processing")) {
            System.setProperty("nightshift.interactive", "true");
            System.out.println("nightshift: a SOC shift in your terminal. Start the tutorial with"
                    + " 'start --scenario tutorial-brute-force', list scenarios with 'scenario list', or type 'help'.");
        }
        SpringApplication app = new SpringApplication(NightshiftApplication.class) {
            /** Its few settings are made in code below: binding 'spring.main.*' costs more than all the rest of them. */
            @Override
            protected void bindToSpringApplication(org.springframework.core.env.ConfigurableEnvironment environment) {
            }
        };
        app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setLazyInitialization(true); // beans are made when a command first needs them
        // nightshift's settings are its own application.properties, under the environment, system properties and
        // the command line, as Spring Boot would place them; but not its search of the working folder (a stray
        // application.properties there is not nightshift's), its config-data machinery, its environment
        // post-processors (cloud platforms, SPRING_APPLICATION_JSON), its logging set-up (LogSetup does that) or its
        // ANSI colour switch (TerminalStyle decides colour): together a third of a one-shot command's start-up
        app.setDefaultProperties(settings());
        app.setListeners(app.getListeners().stream().filter(l -> !(l instanceof EnvironmentPostProcessorApplicationListener
                || l instanceof LoggingApplicationListener || l instanceof BackgroundPreinitializer
                || l instanceof AnsiOutputApplicationListener)).toList());
        // the environment's values are strings and a few numbers: Spring Boot's richer converters are not needed
        app.setAddConversionService(false);
        ConfigurableApplicationContext context;
        try {
            context = app.run(args);
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // the build's ahead-of-time processing stops the run once the context is prepared
        } catch (RuntimeException e) {
            if (isCommandOutcome(e)) {
                throw e; // a command's exit code, already reported: Spring Boot exits with it
            }
            Exception userFacing = ErrorReporting.userFacing(e);
            if (userFacing != e) {
                System.exit(ErrorReporting.resolve(userFacing).exitCode());
                return;
            }
            LoggerFactory.getLogger(NightshiftApplication.class).error("nightshift could not start", e);
            ErrorReporting.report(ErrorReporting.unexpected());
            System.exit(ErrorReporting.FAILED);
            return;
        } catch (StackOverflowError e) {
            LoggerFactory.getLogger(NightshiftApplication.class).error("nightshift ran out of stack", e);
            ErrorReporting.report("the input nests too deeply for nightshift to follow; flatten it (fewer levels of"
                    + " brackets or nested lists) and try again");
            System.exit(ErrorReporting.BAD_INPUT);
            return;
        }
        System.exit(SpringApplication.exit(context));
    }

    /** The settings file shipped in the jar. */
    static java.util.Properties settings() {
        java.util.Properties settings = new java.util.Properties();
        try (java.io.InputStream in = NightshiftApplication.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is missing from the jar");
            }
            settings.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read application.properties from the jar", e);
        }
        return settings;
    }

    static boolean isCommandOutcome(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExitCodeGenerator || t instanceof CommandNotFound
                    || t instanceof CommandExecution.CommandParserExceptionsException) {
                return true;
            }
        }
        return false;
    }
}
