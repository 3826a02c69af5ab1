package dev.nightshift.shell;

import org.springframework.boot.SpringBootExceptionReporter;

/**
 * Tells Spring Boot that a command's own outcome (an exit code the command has already explained to the user, an
 * unknown command, options that do not parse) is reported: without it, every command that exits non-zero left an
 * "Application run failed" line and a stack trace in {@code nightshift.log}, burying the failures the log is for.
 * Found through {@code META-INF/spring.factories}; Spring Boot asks it only when a run fails.
 */
public final class CommandOutcomes implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        return NightshiftApplication.isCommandOutcome(failure);
    }
}
