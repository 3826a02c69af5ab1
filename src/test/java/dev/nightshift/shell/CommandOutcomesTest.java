package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ExitCodeGenerator;

/** A command's own outcome counts as reported; anything else is left to Spring Boot to log. */
class CommandOutcomesTest {

    static final class Outcome extends RuntimeException implements ExitCodeGenerator {
        @Override
        public int getExitCode() {
            return 1;
        }
    }

    @Test
    void aCommandsExitCodeIsAlreadyReportedAndAnUnexpectedFailureIsNot() {
        CommandOutcomes outcomes = new CommandOutcomes();
        assertThat(outcomes.reportException(new Outcome())).isTrue();
        assertThat(outcomes.reportException(new IllegalStateException("wrapped", new Outcome()))).isTrue();
        assertThat(outcomes.reportException(new IllegalStateException("a real failure"))).isFalse();
    }
}
