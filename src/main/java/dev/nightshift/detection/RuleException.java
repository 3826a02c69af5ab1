package dev.nightshift.detection;

/** A problem in one part of a rule, raised while parsing or compiling it and turned into a {@link RuleError}. */
final class RuleException extends RuntimeException {

    private final transient Pos pos;

    RuleException(Pos pos, String message) {
        super(message, null, false, false);
        this.pos = pos;
    }

    Pos pos() {
        return pos;
    }
}
