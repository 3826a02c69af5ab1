package dev.nightshift.convert;

/** A construct of a rule that a target (or the pipeline) cannot express, at the rule's line and column (0: unknown). */
final class ConversionFailure extends RuntimeException {

    final int line;
    final int column;

    ConversionFailure(int line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    ConversionFailure(String message) {
        this(0, 0, message);
    }
}
