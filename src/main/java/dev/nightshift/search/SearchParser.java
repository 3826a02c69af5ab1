package dev.nightshift.search;

import dev.nightshift.search.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a search: a clause, then {@code |} and pipe commands. In the clause, terms side by side must all hold,
 * {@code OR} binds looser than that and {@code NOT} tighter, and parentheses group; {@code earliest=} and
 * {@code latest=} bound the time of the whole search. Every mistake is a {@link BadSearchException} naming the column
 * of what is wrong; nothing else is thrown.
 */
public final class SearchParser {

    private final String text;
    private final List<Token> tokens;
    private int at;
    private int depth;
    private TimeBound earliest;
    private TimeBound latest;
    private int boundColumn;

    private SearchParser(String text) {
        this.text = text;
        this.tokens = Lexer.tokens(text);
    }

    /** Parses a whole search. */
    public static SearchQuery parse(String text) {
        return new SearchParser(text).query();
    }

    private SearchQuery query() {
        if (peek().is(Kind.END)) {
            throw new BadSearchException(1, "the search is empty: give a term such as EventID=4625, a word, or * for"
                    + " every event");
        }
        if (peek().is(Kind.PIPE)) {
            throw new BadSearchException(peek().column(), "a pipe needs a search before it: write * | "
                    + "stats count by host, for example");
        }
        Expr filter = clause();
        List<Stage> stages = new ArrayList<>();
        while (peek().is(Kind.PIPE)) {
            next();
            stages.add(new PipeParser(this).command());
        }
        if (!peek().is(Kind.END)) {
            Token t = peek();
            throw new BadSearchException(t.column(), t.is(Kind.RPAREN) ? "this ')' closes no '('"
                    : "unexpected " + t.shown());
        }
        return new SearchQuery(text, filter, earliest, latest, stages);
    }

    private Expr clause() {
        Expr e = or();
        if (e instanceof Expr.Or && (earliest != null || latest != null)) {
            throw new BadSearchException(boundColumn, "earliest= and latest= bound the whole search, so they cannot"
                    + " be one side of an OR; put the OR in parentheses");
        }
        return e == null ? new Expr.All() : e;
    }

    /** An OR of ANDs; null when the terms were only time bounds. */
    private Expr or() {
        List<Expr> parts = new ArrayList<>();
        Expr first = and();
        while (peek().isKeyword("OR")) {
            Token or = next();
            if (first == null && parts.isEmpty()) {
                throw new BadSearchException(or.column(), "OR needs a term before it");
            }
            add(parts, first, Expr.Or.class);
            first = and();
            if (first == null) {
                throw new BadSearchException(peek().column(), "OR needs a term after it, found " + peek().shown());
            }
        }
        if (parts.isEmpty()) {
            return first;
        }
        add(parts, first, Expr.Or.class);
        return new Expr.Or(parts);
    }

    private Expr and() {
        List<Expr> parts = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.isKeyword("AND")) {
                next();
                if (parts.isEmpty() && !boundsOnly()) {
                    throw new BadSearchException(t.column(), "AND needs a term before it");
                }
                if (endsAnd(peek())) {
                    throw new BadSearchException(peek().column(), "AND needs a term after it, found " + peek().shown());
                }
                continue;
            }
            if (endsAnd(t)) {
                break;
            }
            Expr e = unary();
            if (e != null) {
                add(parts, e, Expr.And.class);
            }
        }
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new Expr.And(parts);
    }

    private boolean boundsOnly() {
        return earliest != null || latest != null;
    }

    private static boolean endsAnd(Token t) {
        return t.is(Kind.END) || t.is(Kind.PIPE) || t.is(Kind.RPAREN) || t.isKeyword("OR");
    }

    private Expr unary() {
        Token t = peek();
        if (t.isKeyword("NOT")) {
            next();
            depth++;
            Token operand = peek();
            if (endsAnd(operand) || operand.isKeyword("AND")) {
                throw new BadSearchException(operand.column(), "NOT needs a term after it, found " + operand.shown());
            }
            Expr inner = unary();
            depth--;
            return new Expr.Not(inner);
        }
        if (t.is(Kind.LPAREN)) {
            next();
            depth++;
            Expr inner = or();
            depth--;
            if (!peek().is(Kind.RPAREN)) {
                throw new BadSearchException(peek().column(), "the '(' at column " + t.column()
                        + " is never closed: expected ')' before " + peek().shown());
            }
            next();
            if (inner == null) {
                throw new BadSearchException(t.column(), "these parentheses hold no term");
            }
            return inner;
        }
        return term();
    }

    private Expr term() {
        Token t = next();
        if (t.is(Kind.OP)) {
            throw new BadSearchException(t.column(), "expected a field name before '" + t.text() + "', e.g. IpAddress"
                    + t.text() + "203.0.113.9");
        }
        if (t.is(Kind.COMMA)) {
            throw new BadSearchException(t.column(), "unexpected ','; quote a value that holds one: \"a,b\"");
        }
        if (t.is(Kind.QUOTED)) {
            if (peek().is(Kind.OP)) {
                throw new BadSearchException(t.column(), "a field name is written without quotes");
            }
            return new Expr.Text(t.text());
        }
        if (t.isKeyword("AND") || t.isKeyword("OR") || t.is(Kind.LPAREN) || t.is(Kind.RPAREN) || t.is(Kind.PIPE)
                || t.is(Kind.END)) {
            throw new BadSearchException(t.column(), "expected a term, found " + t.shown());
        }
        if (!peek().is(Kind.OP)) {
            return new Expr.Text(t.text());
        }
        Token op = next();
        Token value = peek();
        if (!value.is(Kind.WORD) && !value.is(Kind.QUOTED)) {
            throw new BadSearchException(value.column(), "expected a value after '" + op.text() + "'");
        }
        next();
        return comparison(t, op, value);
    }

    private Expr comparison(Token field, Token op, Token value) {
        String name = field.text();
        Expr.Op operator = Expr.Op.of(op.text());
        if (name.equals("earliest") || name.equals("latest")) {
            bound(field, operator, value);
            return null;
        }
        if (name.equals(Fields.TIME)) {
            throw new BadSearchException(field.column(), "choose the time with earliest= and latest=, e.g."
                    + " earliest=-2h latest=-30m");
        }
        if (operator.numeric() && Double.isNaN(Values.parse(value.text()))) {
            throw new BadSearchException(value.column(), "expected a number after '" + op.text() + "', found "
                    + value.shown());
        }
        if (!operator.numeric() && value.is(Kind.WORD) && value.text().isEmpty()) {
            throw new BadSearchException(value.column(), "expected a value after '" + op.text() + "'");
        }
        return new Expr.Compare(name, operator, value.text());
    }

    private void bound(Token field, Expr.Op operator, Token value) {
        String name = field.text();
        if (operator != Expr.Op.EQ) {
            throw new BadSearchException(field.column() + name.length(), name + " takes '=', e.g. " + name + "=-2h");
        }
        if (depth > 0) {
            throw new BadSearchException(field.column(), name + "= bounds the whole search: put it outside NOT and"
                    + " parentheses");
        }
        if ((name.equals("earliest") ? earliest : latest) != null) {
            throw new BadSearchException(field.column(), name + "= is given twice");
        }
        TimeBound bound = TimeBound.parse(value.text(), value.column());
        if (boundColumn == 0) {
            boundColumn = field.column();
        }
        if (name.equals("earliest")) {
            earliest = bound;
        } else {
            latest = bound;
        }
    }

    private static void add(List<Expr> parts, Expr e, Class<? extends Expr> flatten) {
        if (flatten.isInstance(e)) {
            parts.addAll(e instanceof Expr.And a ? a.parts() : ((Expr.Or) e).parts());
        } else {
            parts.add(e);
        }
    }

    Token peek() {
        return tokens.get(at);
    }

    Token next() {
        Token t = tokens.get(at);
        if (!t.is(Kind.END)) {
            at++;
        }
        return t;
    }
}
