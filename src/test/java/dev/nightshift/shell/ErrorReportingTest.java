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
}
