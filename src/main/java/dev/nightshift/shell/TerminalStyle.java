package dev.nightshift.shell;

import java.util.Locale;

/**
 * How wide the output may be and whether it may be coloured. Colour only on a terminal, and never when
 * {@code NO_COLOR} is set (no-color.org) or {@code TERM=dumb}; the width is the terminal's, else {@code COLUMNS},
 * else 100. Piped or redirected output is plain text, so scripts and golden files never see an escape sequence.
 */
final class TerminalStyle {

    static final int DEFAULT_WIDTH = 100;
    private static volatile java.util.function.IntSupplier terminal = () -> 0;
    private static volatile Boolean colour;

    private TerminalStyle() {
    }

    /** The shell's terminal, asked at each table (it may be resized); 0 when it does not know its width. */
    static void terminal(java.util.function.IntSupplier columns) {
        terminal = columns;
    }

    static int width() {
        int width = terminal.getAsInt();
        if (width > 0) {
            return Math.max(80, width);
        }
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Math.max(80, Integer.parseInt(columns));
        }
        return DEFAULT_WIDTH;
    }

    static boolean colour() {
        Boolean on = colour;
        if (on == null) {
            on = decide(System.getenv("NO_COLOR"), System.getenv("TERM"), System.console() != null);
            colour = on;
        }
        return on;
    }

    /** The rule: a terminal, no NO_COLOR (any value, even empty), and a terminal type that is not dumb. */
    static boolean decide(String noColor, String term, boolean console) {
        return console && noColor == null && !"dumb".equals(term);
    }

    /** The alert's level in its colour: critical bold red, high red, medium yellow, low and informational plain. */
    static String level(String level, int pad) {
        String text = String.format("%-" + pad + "s", level);
        if (!colour()) {
            return text;
        }
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "critical" -> "\u001b[1;31m" + text + "\u001b[0m";
            case "high" -> "\u001b[31m" + text + "\u001b[0m";
            case "medium" -> "\u001b[33m" + text + "\u001b[0m";
            default -> text;
        };
    }

    /** An alert's state: new in bold, escalated in magenta, closed dim. */
    static String state(String state, int pad) {
        String text = String.format("%-" + pad + "s", state);
        if (!colour()) {
            return text;
        }
        return switch (state) {
            case "new" -> "\u001b[1m" + text + "\u001b[0m";
            case "escalated" -> "\u001b[35m" + text + "\u001b[0m";
            case "closed" -> "\u001b[2m" + text + "\u001b[0m";
            default -> text;
        };
    }
}
