package dev.nightshift;

import static org.assertj.core.api.Assertions.assertThat;

/** What every message a user can cause must be: one sentence on one line, saying what to do, in plain words. */
public final class UserMessages {

    private UserMessages() {
    }

    /** Asserts {@code message} is one plain sentence: no null, no exception's name, no stack trace, no second sentence. */
    public static void assertPlain(String message) {
        assertThat(message).as("a message").isNotNull().isNotBlank();
        assertThat(message.strip().lines().count()).as("one line: %s", message).isEqualTo(1);
        assertThat(message).as("plain words: %s", message)
                .doesNotContain("null", "Exception", "Error:", "java.", "org.", "\tat ", "[900", "[2.3.");
        assertThat(message).as("one sentence: %s", message).doesNotContainPattern("[.!?]\\s+[A-Z]");
        assertThat(message).as("says what to do: %s", message).containsPattern(
                "; (run|type|free|check|let|restore|start|move|wait|close|flatten|try|choose|report)|type '|run '|start one with");
    }
}
