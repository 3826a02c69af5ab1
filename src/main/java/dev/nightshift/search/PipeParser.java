package dev.nightshift.search;

import dev.nightshift.search.Token.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Parses one pipe command after its {@code |}, leaving the parser at the next pipe or the end. */
final class PipeParser {

    static final List<String> COMMANDS = List.of("stats", "table", "sort", "head", "dedup", "top", "rare",
            "timechart");
    private static final int MAX_COUNT = 1_000_000;

    private final SearchParser p;

    PipeParser(SearchParser parser) {
        this.p = parser;
    }

    Stage command() {
        Token name = p.next();
        if (!name.is(Kind.WORD)) {
            throw new BadSearchException(name.column(), "expected a command after '|', found " + name.shown()
                    + "; the commands are " + String.join(", ", COMMANDS));
        }
        return switch (name.text().toLowerCase(java.util.Locale.ROOT)) {
            case "stats" -> stats(name);
            case "table" -> new Stage.Table(fields(name, "table", true));
            case "sort" -> sort(name);
            case "head" -> head();
            case "dedup" -> new Stage.Dedup(fields(name, "dedup", true));
            case "top", "rare" -> top(name);
            case "timechart" -> timechart(name);
            default -> throw new BadSearchException(name.column(), "unknown command '" + name.text()
                    + "'; the commands are " + String.join(", ", COMMANDS));
        };
    }

    private Stage stats(Token name) {
        List<Aggregate> aggregates = aggregates(name, "stats");
        List<String> by = List.of();
        if (p.peek().isWordIgnoringCase("by")) {
            Token byWord = p.next();
            by = fields(byWord, "by", true);
        }
        end();
        return new Stats(aggregates, by);
    }

    private List<Aggregate> aggregates(Token name, String command) {
        List<Aggregate> aggregates = new ArrayList<>();
        while (p.peek().is(Kind.WORD) && !p.peek().isWordIgnoringCase("by")) {
            aggregates.add(aggregate());
            if (p.peek().is(Kind.COMMA)) {
                p.next();
            }
        }
        if (aggregates.isEmpty()) {
            throw new BadSearchException(p.peek().column(), command + " needs a statistic such as count, dc(user) or"
                    + " avg(bytes), found " + p.peek().shown());
        }
        return aggregates;
    }

    private Aggregate aggregate() {
        Token fn = p.next();
        String function = fn.text().toLowerCase(java.util.Locale.ROOT);
        function = function.equals("distinct_count") ? "dc" : function;
        if (!Aggregate.FUNCTIONS.contains(function)) {
            throw new BadSearchException(fn.column(), "unknown statistic '" + fn.text() + "'; the statistics are count,"
                    + " dc, values, min, max, avg and sum");
        }
        String field = null;
        if (p.peek().is(Kind.LPAREN)) {
            p.next();
            Token f = p.next();
            if (!f.is(Kind.WORD)) {
                throw new BadSearchException(f.column(), "expected a field name in " + function + "( ), found "
                        + f.shown());
            }
            Token close = p.next();
            if (!close.is(Kind.RPAREN)) {
                throw new BadSearchException(close.column(), "expected ')' after " + function + "(" + f.text()
                        + ", found " + close.shown());
            }
            field = f.text();
        } else if (!function.equals("count")) {
            throw new BadSearchException(p.peek().column(), function + " needs a field: " + function + "(field)");
        }
        String as = null;
        if (p.peek().isWordIgnoringCase("as")) {
            p.next();
            Token alias = p.next();
            if (!alias.is(Kind.WORD) && !alias.is(Kind.QUOTED)) {
                throw new BadSearchException(alias.column(), "expected a column name after 'as', found "
                        + alias.shown());
            }
            as = alias.text();
        }
        return new Aggregate(function, field, as);
    }

    /** Field names up to the next pipe (commas between them optional); at least one. */
    private List<String> fields(Token after, String command, boolean required) {
        List<String> fields = new ArrayList<>();
        while (true) {
            Token t = p.peek();
            if (t.is(Kind.COMMA)) {
                p.next();
                continue;
            }
            if (!t.is(Kind.WORD)) {
                break;
            }
            fields.add(fieldName(p.next()));
        }
        if (required && fields.isEmpty()) {
            throw new BadSearchException(p.peek().column(), command + " needs at least one field name, found "
                    + p.peek().shown());
        }
        end();
        return fields;
    }

    private Stage sort(Token name) {
        int limit = 0;
        if (p.peek().is(Kind.WORD) && isCount(p.peek().text())) {
            limit = count(p.next());
        } else if (option("limit")) {
            limit = count(value());
        }
        List<Stage.SortKey> keys = new ArrayList<>();
        while (p.peek().is(Kind.WORD) || p.peek().is(Kind.COMMA)) {
            Token t = p.next();
            if (t.is(Kind.COMMA)) {
                continue;
            }
            String word = t.text();
            boolean descending = word.startsWith("-");
            if (word.startsWith("-") || word.startsWith("+")) {
                word = word.substring(1);
            }
            if (word.isEmpty()) {
                Token f = p.next();
                if (!f.is(Kind.WORD)) {
                    throw new BadSearchException(f.column(), "expected a field name after '" + t.text() + "', found "
                            + f.shown());
                }
                word = fieldName(f);
            } else {
                word = fieldName(new Token(Kind.WORD, word, t.column() + t.text().length() - word.length()));
            }
            keys.add(new Stage.SortKey(word, descending));
        }
        if (keys.isEmpty()) {
            throw new BadSearchException(p.peek().column(), "sort needs a field, e.g. sort -count, found "
                    + p.peek().shown());
        }
        end();
        return new Stage.Sort(limit, keys);
    }

    private Stage head() {
        int n = 10;
        if (p.peek().is(Kind.WORD)) {
            n = count(p.next());
        } else if (option("limit")) {
            n = count(value());
        }
        end();
        return new Stage.Head(n);
    }

    private Stage top(Token name) {
        boolean rare = name.text().equalsIgnoreCase("rare");
        int limit = 10;
        if (option("limit")) {
            limit = count(value());
        }
        List<String> fields = fields(name, rare ? "rare" : "top", true);
        return new Top(fields, limit, rare);
    }

    private Stage timechart(Token name) {
        Duration span = null;
        int spanColumn = name.column();
        int limit = 10;
        while (true) {
            if (option("span")) {
                Token v = value();
                span = Spans.parse(v.text(), v.column());
                spanColumn = v.column();
            } else if (option("limit")) {
                limit = count(value());
            } else {
                break;
            }
        }
        List<Aggregate> aggregates = aggregates(name, "timechart");
        String by = null;
        if (p.peek().isWordIgnoringCase("by")) {
            p.next();
            Token f = p.next();
            if (!f.is(Kind.WORD)) {
                throw new BadSearchException(f.column(), "expected a field name after 'by', found " + f.shown());
            }
            by = f.text();
            if (aggregates.size() > 1) {
                throw new BadSearchException(f.column(), "timechart ... by " + by + " takes one statistic; drop the"
                        + " others or leave out 'by'");
            }
        }
        end();
        return new Timechart(span, limit, aggregates, by, spanColumn);
    }

    /**
     * A field or column name: a word, or a statistic's column written as it reads, {@code dc(user)}, with no space
     * before the parenthesis.
     */
    private String fieldName(Token word) {
        Token open = p.peek();
        if (!open.is(Kind.LPAREN) || open.column() != word.column() + word.text().length()) {
            return word.text();
        }
        p.next();
        Token inner = p.next();
        Token close = p.next();
        if (!inner.is(Kind.WORD) || !close.is(Kind.RPAREN)) {
            throw new BadSearchException(open.column(), "expected a column such as " + word.text() + "(field) here");
        }
        return word.text() + "(" + inner.text() + ")";
    }

    /** Whether the next tokens are {@code name=}; consumes them when they are. */
    private boolean option(String name) {
        if (p.peek().isWordIgnoringCase(name)) {
            int mark = p.peek().column();
            Token word = p.next();
            if (p.peek().is(Kind.OP) && p.peek().text().equals("=")) {
                p.next();
                return true;
            }
            throw new BadSearchException(mark + word.text().length(), "expected '=' after " + name);
        }
        return false;
    }

    private Token value() {
        Token v = p.next();
        if (!v.is(Kind.WORD) && !v.is(Kind.QUOTED)) {
            throw new BadSearchException(v.column(), "expected a value after '=', found " + v.shown());
        }
        return v;
    }

    private static boolean isCount(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    private static int count(Token t) {
        if (!isCount(t.text()) || t.text().length() > 7 || Integer.parseInt(t.text()) > MAX_COUNT) {
            throw new BadSearchException(t.column(), "expected a count from 0 to " + MAX_COUNT + ", found " + t.shown());
        }
        return Integer.parseInt(t.text());
    }

    /** The command must end here: at the next pipe or the end of the search. */
    private void end() {
        Token t = p.peek();
        if (!t.is(Kind.PIPE) && !t.is(Kind.END)) {
            throw new BadSearchException(t.column(), "unexpected " + t.shown() + " here; a new command starts"
                    + " after '|'");
        }
    }
}
