package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorReportingTest {

    @Test
    void conversionFailuresAreSaidInWords() {
        assertThat(ErrorReporting.plain("Illegal option value 'abc', reason 'Failed to convert from type "
                + "[java.lang.String] to type [java.lang.Long] for value [abc]'")).isEqualTo("'abc' is not a whole number");
        assertThat(ErrorReporting.plain("Illegal option value 'x', reason 'Failed to convert from type "
                + "[java.lang.String] to type [int] for value [x]'")).isEqualTo("'x' is not a whole number");
        assertThat(ErrorReporting.plain("Unrecognised option '--x'")).isEqualTo("Unrecognised option '--x'");
    }

    @Test
    void aFailureWrappedBySpringIsToldInItsOwnWords() {
        RuntimeException wrapped = new org.springframework.beans.factory.BeanCreationException("sessionStore",
                "Failed to instantiate", dev.nightshift.game.GameException.refused(
                        "the action was not recorded: the disk holding /h/db/nightshift.mv.db is full; free some space"
                                + " and type the command again"));
        assertThat(ErrorReporting.userFacing(wrapped)).isInstanceOf(dev.nightshift.game.GameException.class);
        assertThat(ErrorReporting.unexpected()).doesNotContain("null", "Exception").contains("nightshift.log");
        dev.nightshift.UserMessages.assertPlain(ErrorReporting.unexpected());
    }
}
