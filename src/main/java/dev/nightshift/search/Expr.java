package dev.nightshift.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A search clause as a tree: comparisons of one field, words that must appear in some field, and their
 * combinations. Printing gives text that parses back to an equal tree.
 */
public sealed interface Expr {

    /** How the clause reads as a search, in canonical form. */
    String print();

    /** Every event. */
    record All() implements Expr {
        @Override
        public String print() {
            return "";
        }
    }

    /** A comparison of one field with a value: a wildcard pattern for {@code =} and {@code !=}, a number for the rest. */
    record Compare(String field, Op op, String value) implements Expr {
        @Override
        public String print() {
            return field + op.symbol() + quoteIfNeeded(value);
        }
    }

    /** A word or phrase that must appear, ignoring case, in the host or in some field's value; {@code *} is every event. */
    record Text(String value) implements Expr {
        /** Whether the word is only {@code *}: it stands for every event, as in Splunk. */
        boolean everything() {
            return value.chars().allMatch(c -> c == '*');
        }

        @Override
        public String print() {
            return quoteIfNeeded(value);
        }
    }

    record And(List<Expr> parts) implements Expr {
        public And {
            parts = List.copyOf(parts);
        }

        @Override
        public String print() {
            return parts.stream().map(p -> p instanceof Or ? "(" + p.print() + ")" : p.print())
                    .collect(Collectors.joining(" "));
        }
    }

    record Or(List<Expr> parts) implements Expr {
        public Or {
            parts = List.copyOf(parts);
        }

        @Override
        public String print() {
            return parts.stream().map(Expr::print).collect(Collectors.joining(" OR "));
        }
    }

    record Not(Expr inner) implements Expr {
        @Override
        public String print() {
            return "NOT " + (inner instanceof And || inner instanceof Or ? "(" + inner.print() + ")" : inner.print());
        }
    }

    /** A comparison operator. */
    enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        String symbol() {
            return symbol;
        }

        boolean numeric() {
            return this != EQ && this != NE;
        }

        static Op of(String symbol) {
            for (Op op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException(symbol);
        }

        boolean holds(double value, double bound) {
            return switch (this) {
                case LT -> value < bound;
                case LE -> value <= bound;
                case GT -> value > bound;
                case GE -> value >= bound;
                default -> throw new IllegalStateException(symbol + " is not numeric");
            };
        }
    }

    /** A value as the lexer reads it back: bare when it would lex as one word, else quoted with escapes. */
    static String quoteIfNeeded(String value) {
        boolean bare = !value.isEmpty() && !value.equals("AND") && !value.equals("OR") && !value.equals("NOT");
        for (int i = 0; bare && i < value.length(); i++) {
            char c = value.charAt(i);
            bare = !Character.isWhitespace(c) && "()|,\"=<>".indexOf(c) < 0
                    && !(c == '!' && i + 1 < value.length() && value.charAt(i + 1) == '=');
        }
        if (bare) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
