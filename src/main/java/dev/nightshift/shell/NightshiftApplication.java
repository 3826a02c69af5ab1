package dev.nightshift.shell;

import org.slf4j.LoggerFactory;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
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
    private static final String CONFIG_LOCATION = "spring.config.location";

    public static void main(String[] given) {
        String[] args = Conventions.apply(given);
        System.setProperty("nightshift.home", Home.resolve().toString());
        // Spring Boot's background warm-up (validation, Jackson, charsets) costs a command more CPU than it saves
        if (System.getProperty("spring.backgroundpreinitializer.ignore") == null) {
            System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        }
        // logging is set up in code when Logback starts (LogSetup); Spring Boot's set-up would do it over again
        if (System.getProperty(LOGGING_SYSTEM) == null) {
            System.setProperty(LOGGING_SYSTEM, "none");
        }
        // nightshift's settings are its own file's, not an application.properties that happens to lie in the folder
        // it is run from (Spring Boot's default search, which also costs start-up time)
        if (System.getProperty(CONFIG_LOCATION) == null && System.getenv("SPRING_CONFIG_LOCATION") == null) {
            System.setProperty(CONFIG_LOCATION, "classpath:/application.properties");
        }
        if (args.length == 0 && !Boolean.getBoolean("spring.aot.processing")) {
            System.setProperty("nightshift.interactive", "true");
            System.out.println("nightshift: a SOC shift in your terminal. Start the tutorial with"
                    + " 'start --scenario tutorial-brute-force', list scenarios with 'scenario list', or type 'help'.");
        }
        SpringApplication app = new SpringApplication(NightshiftApplication.class);
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

    private static boolean isCommandOutcome(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExitCodeGenerator || t instanceof CommandNotFound
                    || t instanceof CommandExecution.CommandParserExceptionsException) {
                return true;
            }
        }
        return false;
    }
}
