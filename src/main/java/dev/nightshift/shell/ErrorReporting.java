package dev.nightshift.shell;

import dev.nightshift.game.GameException;
import dev.nightshift.store.StoreException;
import java.io.PrintStream;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ExitCodeExceptionMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.shell.CommandNotFound;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.result.CommandNotFoundMessageProvider;

/**
 * Turns every failure into one clear line on stderr and an exit code (1 = the command failed,
 * 2 = bad input); stack traces go to the log file, never to the terminal.
 */
@Configuration(proxyBeanMethods = false)
class ErrorReporting {

    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    private static final Logger log = LoggerFactory.getLogger(ErrorReporting.class);
    private static final ThreadLocal<String> location = new ThreadLocal<>();
    /** Where this thread's errors go when not to stderr: a candidate's connection on the proctored server. */
    private static final ThreadLocal<java.io.PrintWriter> errors = new ThreadLocal<>();

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    CommandExceptionResolver nightshiftExceptionResolver() {
        return ErrorReporting::resolve;
    }

    @Bean
    CommandNotFoundMessageProvider nightshiftCommandNotFound() {
        return context -> {
            String typed = String.join(" ", context.commands());
            report("unknown command '" + typed + "': type 'help' to list the commands");
            return "";
        };
    }

    @Bean
    ExitCodeExceptionMapper nightshiftExitCodes() {
        return exception -> exception instanceof CommandNotFound || exception.getCause() instanceof CommandNotFound
                ? BAD_INPUT : 0;
    }

    static CommandHandlingResult resolve(Exception failure) {
        int code;
        String message;
        Exception e = userFacing(failure);
        if (e instanceof ScriptCommand.AlreadyReported reported) {
            return CommandHandlingResult.of(null, reported.exitCode());
        }
        if (e instanceof CommandParserExceptionsException parser) {
            code = BAD_INPUT;
            message = parser.getParserExceptions().stream()
                    .map(p -> plain(p.getMessage().replaceAll("\\s+", " ").trim()))
                    .distinct()
                    .collect(Collectors.joining("; "));
        } else if (e instanceof GameException game) {
            code = game.badInput() ? BAD_INPUT : FAILED;
            message = game.getMessage();
        } else if (e instanceof UserFacingException userFacing) {
            code = userFacing.exitCode();
            message = userFacing.getMessage();
        } else if (e instanceof StoreException store) {
            code = FAILED;
            message = store.getMessage();
            log.warn("session database failure", store);
        } else {
            code = FAILED;
            message = unexpected();
            log.error("command failed unexpectedly", e);
        }
        report(e instanceof CommandParserExceptionsException ? message + " (see 'help <command>')" : message);
        return CommandHandlingResult.of(null, code);
    }

    /** The sentence for a failure nobody foresaw: no exception's name or message, which would mean nothing to a user. */
    static String unexpected() {
        return "nightshift failed unexpectedly and changed nothing; report it, with the details from "
                + System.getProperty("nightshift.home", "$NIGHTSHIFT_HOME") + "/logs/nightshift.log";
    }

    /**
     * The failure a user should hear about: the first in the chain of causes that was written for a user (a refused
     * action, a store failure), since Spring wraps what a lazily created bean throws.
     */
    static Exception userFacing(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof GameException || t instanceof UserFacingException || t instanceof StoreException
                    || t instanceof CommandParserExceptionsException) {
                return (Exception) t;
            }
        }
        return failure;
    }

    private static final java.util.regex.Pattern CONVERSION = java.util.regex.Pattern.compile(
            "Illegal option value '(.*)', reason 'Failed to convert from type \\[java\\.lang\\.String\\] to type "
                    + "\\[(?:java\\.lang\\.)?(\\w+)\\].*");

    /** Spring's conversion failures in words: "'abc' is not a whole number". */
    static String plain(String parserMessage) {
        java.util.regex.Matcher m = CONVERSION.matcher(parserMessage);
        if (!m.matches()) {
            return parserMessage;
        }
        String kind = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "long", "integer", "int" -> "a whole number";
            case "double", "float" -> "a number";
            case "boolean" -> "true or false";
            default -> "a valid " + m.group(2);
        };
        return "'" + m.group(1) + "' is not " + kind;
    }

    static void report(String message) {
        String where = location.get();
        java.io.PrintWriter redirected = errors.get();
        if (redirected != null) {
            message.lines().forEach(line -> redirected.println("error: " + (where == null ? "" : where + ": ") + line));
            redirected.flush();
            return;
        }
        PrintStream err = System.err;
        message.lines().forEach(line -> err.println("error: " + (where == null ? "" : where + ": ") + line));
        err.flush();
    }

    /** Runs {@code work} with this thread's errors reported to {@code err} instead of stderr. */
    static <T> T reportingTo(java.io.PrintWriter err, java.util.function.Supplier<T> work) {
        java.io.PrintWriter before = errors.get();
        errors.set(err);
        try {
            return work.get();
        } finally {
            errors.set(before);
        }
    }

    /** Where the command being run comes from ({@code script.txt:12}), so errors in a script name their line. */
    static void setLocation(String where) {
        location.set(where);
    }
}
