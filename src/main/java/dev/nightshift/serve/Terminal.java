package dev.nightshift.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.TerminalBuilder;

/**
 * A candidate's end of the channel: with a pseudo-terminal (plain {@code ssh}), a line editor that echoes, edits and
 * keeps history; without one ({@code ssh -T}, commands piped in), plain lines in and out, errors on stderr.
 */
abstract class Terminal {

    abstract String read(String prompt) throws IOException;

    abstract PrintWriter out();

    abstract PrintWriter err();

    void print(String text) {
        out().println(text);
        out().flush();
    }

    void error(String text) {
        text.lines().forEach(line -> err().println("error: " + line));
        err().flush();
    }

    void flush() {
        out().flush();
        err().flush();
    }

    static Terminal of(InputStream in, OutputStream out, OutputStream err, Environment env) throws IOException {
        String type = env.getEnv().get(Environment.ENV_TERM);
        boolean pty = type != null && env.getPtyModes() != null && !env.getPtyModes().isEmpty();
        return pty ? new Editing(in, out, type, env) : new Plain(in, out, err);
    }

    private static final class Plain extends Terminal {

        private final BufferedReader in;
        private final PrintWriter out;
        private final PrintWriter err;

        Plain(InputStream in, OutputStream out, OutputStream err) {
            this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
        }

        @Override
        String read(String prompt) throws IOException {
            out.print(prompt);
            out.flush();
            return in.readLine();
        }

        @Override
        PrintWriter out() {
            return out;
        }

        @Override
        PrintWriter err() {
            return err;
        }
    }

    private static final class Editing extends Terminal {

        private final org.jline.terminal.Terminal terminal;
        private final LineReader reader;

        Editing(InputStream in, OutputStream out, String type, Environment env) throws IOException {
            terminal = TerminalBuilder.builder().system(false).streams(in, out).type(type)
                    .encoding(StandardCharsets.UTF_8).size(size(env)).build();
            reader = LineReaderBuilder.builder().terminal(terminal).build();
        }

        private static Size size(Environment env) {
            try {
                return new Size(Integer.parseInt(env.getEnv().getOrDefault(Environment.ENV_COLUMNS, "80")),
                        Integer.parseInt(env.getEnv().getOrDefault(Environment.ENV_LINES, "24")));
            } catch (NumberFormatException e) {
                return new Size(80, 24);
            }
        }

        @Override
        String read(String prompt) {
            while (true) {
                try {
                    return reader.readLine(prompt);
                } catch (UserInterruptException ctrlC) {
                    // Ctrl-C clears the line, as in any shell; 'exit' leaves
                } catch (EndOfFileException ctrlD) {
                    return null;
                }
            }
        }

        @Override
        PrintWriter out() {
            return terminal.writer();
        }

        @Override
        PrintWriter err() {
            return terminal.writer();
        }
    }
}
