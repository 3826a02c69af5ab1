package dev.nightshift.game;

/** An action the game refuses, with a sentence for the trainee; {@code badInput} tells a typo from a refusal. */
public final class GameException extends RuntimeException {

    private final boolean badInput;

    private GameException(String message, boolean badInput) {
        super(message);
        this.badInput = badInput;
    }

    /** The input names something that does not exist or is malformed (exit code 2). */
    public static GameException badInput(String message) {
        return new GameException(message, true);
    }

    /** The input is well-formed but the action cannot be done now (exit code 1). */
    public static GameException refused(String message) {
        return new GameException(message, false);
    }

    public boolean badInput() {
        return badInput;
    }
}
