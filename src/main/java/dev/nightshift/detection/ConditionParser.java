package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses a Sigma condition ({@code not} binds tighter than {@code and}, which binds tighter than {@code or}) into a
 * {@link Condition}, resolving {@code 1 of x*}, {@code all of x*} and {@code them} against the known identifiers.
 * Failures carry the 0-based offset of the offending token in the text.
 */
final class ConditionParser {

    /** A failure at an offset of the condition text. */
    static final class Failure extends Exception {
        final int offset;

        Failure(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private record Token(String text, int offset) {
        boolean is(String word) {
            return text.equalsIgnoreCase(word);
        }
    }

    /** How deep brackets and {@code not}s may nest: far beyond any real rule, well within the stack. */
    static final int MAX_DEPTH = 64;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.*-]+");

    private final List<Token> tokens;
    private final Set<String> identifiers;
    private final int end;
    private int next;
    private int depth;

    private ConditionParser(List<Token> tokens, Set<String> identifiers, int end) {
        this.tokens = tokens;
        this.identifiers = identifiers;
        this.end = end;
    }

    static Condition parse(String text, Set<String> identifiers) throws Failure {
        ConditionParser parser = new ConditionParser(tokenize(text), identifiers, text.length());
        if (parser.tokens.isEmpty()) {
            throw new Failure(0, "the condition is empty");
        }
        Condition condition = parser.or();
        if (parser.next < parser.tokens.size()) {
            Token extra = parser.tokens.get(parser.next);
            throw new Failure(extra.offset, "unexpected '" + extra.text + "' in the condition");
        }
        return condition;
    }

    private static List<Token> tokenize(String text) throws Failure {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(String.valueOf(c), i++));
            } else if (c == '|') {
                throw new Failure(i, "aggregations ('|') are not part of Sigma v2 conditions; use a correlation rule");
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))
                        && "()|".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start));
            }
        }
        return tokens;
    }

    private Condition or() throws Failure {
        List<Condition> parts = new ArrayList<>();
        parts.add(and());
        while (peekIs("or")) {
            next++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.Or(parts);
    }

    private Condition and() throws Failure {
        List<Condition> parts = new ArrayList<>();
        parts.add(unary());
        while (peekIs("and")) {
            next++;
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.And(parts);
    }

    private Condition unary() throws Failure {
        if (peekIs("not")) {
            Token not = tokens.get(next++);
            deeper(not);
            Condition inner = unary();
            depth--;
            return new Condition.Not(inner);
        }
        return primary();
    }

    private void deeper(Token at) throws Failure {
        if (++depth > MAX_DEPTH) {
            throw new Failure(at.offset, "the condition nests brackets and 'not's more than " + MAX_DEPTH
                    + " deep; flatten it (a rule needs a few levels at most)");
        }
    }

    private Condition primary() throws Failure {
        Token token = take("a search identifier");
        if (token.is("(")) {
            deeper(token);
            Condition inner = or();
            depth--;
            Token close = take("')'");
            if (!close.is(")")) {
                throw new Failure(close.offset, "expected ')' but found '" + close.text + "'");
            }
            return inner;
        }
        if ((token.is("1") || token.is("all")) && peekIs("of")) {
            next++;
            return quantified(token.is("all"), take("a search identifier pattern or 'them' after 'of'"));
        }
        if (token.text.matches("[0-9]+") && peekIs("of")) {
            throw new Failure(token.offset, "only '1 of' and 'all of' are allowed, not '" + token.text + " of'");
        }
        String lower = token.text.toLowerCase(Locale.ROOT);
        if (Set.of("and", "or", "of", "them", ")").contains(lower)) {
            throw new Failure(token.offset, "expected a search identifier but found '" + token.text + "'");
        }
        if (token.text.contains("*")) {
            throw new Failure(token.offset, "a wildcard identifier needs '1 of' or 'all of' before it");
        }
        if (!identifiers.contains(token.text)) {
            throw new Failure(token.offset, "the condition names '" + token.text + "', which the detection does not define");
        }
        return new Condition.Ref(token.text);
    }

    private Condition quantified(boolean all, Token target) throws Failure {
        List<Condition> refs = new ArrayList<>();
        if (target.is("them")) {
            for (String id : identifiers) {
                if (!id.startsWith("_")) {
                    refs.add(new Condition.Ref(id));
                }
            }
        } else {
            if (!IDENTIFIER.matcher(target.text).matches()) {
                throw new Failure(target.offset, "expected a search identifier pattern but found '" + target.text + "'");
            }
            Glob pattern = Glob.parse(target.text);
            for (String id : identifiers) {
                if (pattern.matches(id, false)) {
                    refs.add(new Condition.Ref(id));
                }
            }
        }
        if (refs.isEmpty()) {
            throw new Failure(target.offset, "'" + target.text + "' matches no search identifier of the detection");
        }
        return all ? new Condition.And(refs) : new Condition.Or(refs);
    }

    private boolean peekIs(String word) {
        return next < tokens.size() && tokens.get(next).is(word);
    }

    private Token take(String expected) throws Failure {
        if (next >= tokens.size()) {
            throw new Failure(Math.max(0, end - 1), "the condition ends where " + expected + " is expected");
        }
        return tokens.get(next++);
    }
}
