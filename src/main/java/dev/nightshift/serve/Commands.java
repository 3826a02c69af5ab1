package dev.nightshift.serve;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The game's commands as the server runs them for a candidate: the shell implements this over Spring Shell. */
public interface Commands {

    /** The words of a typed line, quotes grouping words as the shell groups them; empty for a blank line. */
    List<String> words(String line);

    /** The registered command the words name ({@code rule tune} for {@code rule tune R-1 ...}), if any. */
    Optional<String> commandOf(List<String> words);

    /** One line saying what a command does, for the candidate's {@code help}. */
    String description(String command);

    /**
     * Runs one command line on this thread, its output to {@code out} and its errors to {@code err}, and returns
     * its exit code (0 ok, 1 refused, 2 bad input).
     */
    int run(List<String> words, PrintWriter out, PrintWriter err);
}
