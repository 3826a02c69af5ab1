package dev.nightshift.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search is typed as a SIEM takes it, {@code search EventID=4625 | stats count by IpAddress | sort -count}: the
 * command line would read {@code -count} as an option and strip the quotes of a {@code "phrase"}, so before it is
 * split into words, a search's query (everything but a leading or trailing {@code --limit N}) is taken as one word.
 * A query that already holds a single quote is left as typed: its author quoted it themselves.
 */
final class SearchLine {

    private static final Pattern COMMAND = Pattern.compile("^(\\s*search)\\s+(.*?)\\s*$", Pattern.DOTALL);
    private static final Pattern LIMIT_AFTER = Pattern.compile("^(.*?)\\s+(--limit\\s+\\S+)$", Pattern.DOTALL);
    private static final Pattern LIMIT_BEFORE = Pattern.compile("^(--limit\\s+\\S+)\\s+(.*)$", Pattern.DOTALL);

    private SearchLine() {
    }

    /**
     * The line a one-shot command's arguments make. Spring Shell's own joining puts double quotes round an argument
     * that holds a space, which for {@code ./nightshift search 'EventID=4625 | stats count by IpAddress'} made the
     * whole query one quoted phrase that matched nothing; a search's words are joined as the user's shell passed
     * them, and {@link #asTyped} then takes the query as one word. Other commands' arguments are quoted as before.
     */
    static String fromArguments(String[] args) {
        if (args.length > 0 && args[0].equals("search")) {
            return String.join(" ", args);
        }
        StringBuilder line = new StringBuilder();
        for (String arg : args) {
            boolean quoted = arg.length() > 1 && (arg.startsWith("'") && arg.endsWith("'")
                    || arg.startsWith("\"") && arg.endsWith("\""));
            line.append(line.isEmpty() ? "" : " ")
                    .append(!quoted && arg.chars().anyMatch(Character::isWhitespace) ? "\"" + arg + "\"" : arg);
        }
        return line.toString();
    }

    static String asTyped(String line) {
        Matcher command = COMMAND.matcher(line);
        if (!command.matches()) {
            return line;
        }
        String query = command.group(2);
        String limit = "";
        Matcher before = LIMIT_BEFORE.matcher(query);
        Matcher after = LIMIT_AFTER.matcher(query);
        if (before.matches()) {
            limit = " " + before.group(1);
            query = before.group(2);
        } else if (after.matches()) {
            query = after.group(1);
            limit = " " + after.group(2);
        }
        if (query.isEmpty() || query.startsWith("--") || query.indexOf('\'') >= 0) {
            return line;
        }
        return command.group(1) + " '" + query + "'" + limit;
    }
}
