package dev.nightshift.search;

/** One lexical piece of a search, with the 1-based column where it starts. */
record Token(Kind kind, String text, int column) {

    enum Kind { WORD, QUOTED, OP, LPAREN, RPAREN, PIPE, COMMA, END }

    boolean is(Kind k) {
        return kind == k;
    }

    /** An unquoted word spelling {@code keyword} exactly ({@code AND}, {@code OR}, {@code NOT}). */
    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equals(keyword);
    }

    /** An unquoted word spelling {@code word} in any case ({@code by}, {@code as}). */
    boolean isWordIgnoringCase(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    /** How the token reads in a message. */
    String shown() {
        return switch (kind) {
            case END -> "the end of the search";
            case QUOTED -> "\"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
