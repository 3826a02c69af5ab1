package dev.nightshift.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a search into tokens in one pass. A word runs until a space, a parenthesis, a pipe, a comma, a quote or a
 * comparison; right after a comparison the value runs on to the next space, parenthesis or pipe, so
 * {@code CommandLine=*a=b<c*} compares one value. In quotes, {@code \"} is a quote and {@code \\} a backslash; every
 * other backslash is itself, so Windows paths need no doubling.
 */
final class Lexer {

    private final String text;
    private int at;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        return new Lexer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        boolean valueNext = false;
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
                valueNext = false;
            }
            if (at >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "", text.length() + 1));
                return tokens;
            }
            int start = at;
            char c = text.charAt(at);
            Token token;
            if (c == '"') {
                token = quoted();
            } else if (valueNext && c != '(' && c != ')' && c != '|') {
                token = new Token(Token.Kind.WORD, run(true), start + 1);
            } else if (c == '(' || c == ')' || c == '|' || c == ',') {
                at++;
                token = new Token(c == '(' ? Token.Kind.LPAREN : c == ')' ? Token.Kind.RPAREN
                        : c == '|' ? Token.Kind.PIPE : Token.Kind.COMMA, String.valueOf(c), start + 1);
            } else if (operatorAt(at) > 0) {
                int length = operatorAt(at);
                at += length;
                token = new Token(Token.Kind.OP, text.substring(start, at), start + 1);
            } else {
                token = new Token(Token.Kind.WORD, run(false), start + 1);
            }
            valueNext = token.is(Token.Kind.OP);
            tokens.add(token);
        }
    }

    /** The length of the comparison operator at {@code i}, or 0. */
    private int operatorAt(int i) {
        char c = text.charAt(i);
        boolean eqNext = i + 1 < text.length() && text.charAt(i + 1) == '=';
        if (c == '=') {
            return 1;
        }
        if (c == '!') {
            return eqNext ? 2 : 0;
        }
        if (c == '<' || c == '>') {
            return eqNext ? 2 : 1;
        }
        return 0;
    }

    private String run(boolean value) {
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '|' || c == '"'
                    || (!value && (c == ',' || operatorAt(at) > 0))) {
                break;
            }
            at++;
        }
        return text.substring(start, at);
    }

    private Token quoted() {
        int start = at++;
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return new Token(Token.Kind.QUOTED, value.toString(), start + 1);
            }
            if (c == '\\' && at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\\')) {
                c = text.charAt(at++);
            }
            value.append(c);
        }
        throw new BadSearchException(start + 1, "the quote opened here is never closed; close it with \"");
    }
}
