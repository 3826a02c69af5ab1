package dev.nightshift.search;

/** A search that cannot be parsed or run, with the 1-based column of what is wrong and a sentence saying what. */
public final class BadSearchException extends RuntimeException {

    private final int column;
    private final String problem;

    public BadSearchException(int column, String problem) {
        super("column " + column + ": " + problem);
        this.column = column;
        this.problem = problem;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
