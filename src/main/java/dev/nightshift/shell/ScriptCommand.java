package dev.nightshift.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.CommandNotFound;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.Input;
import org.springframework.shell.InputProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * {@code script --file F}: runs a file of commands in one process, echoing each before its output. Blank lines
 * and lines starting with {@code #} or {@code //} are skipped; the first failing command stops the script, and its
 * error names the file and line.
 */
@Command(group = "Sessions")
public class ScriptCommand {

    private final ObjectProvider<Shell> shell;
    private final Parser parser;

    ScriptCommand(ObjectProvider<Shell> shell, Parser parser) {
        this.shell = shell;
        this.parser = parser;
    }

    @Command(command = "script", description = "Run the commands in a file, one per line: script --file F")
    void script(@Option(longNames = "file", required = true, description = "a text file of commands") String file)
            throws Exception {
        Path path = Path.of(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such script file: " + file);
        } catch (IOException e) {
            throw new BadInputException("cannot read script " + file + ": " + e.getMessage());
        }
        running = true;
        try {
            shell.getObject().run(new Lines(file, lines, parser, System.out));
        } catch (CommandNotFound | CommandExecution.CommandParserExceptionsException e) {
            throw new AlreadyReported(ErrorReporting.BAD_INPUT);
        } catch (RuntimeException e) {
            if (e instanceof ExitCodeGenerator code) {
                throw new AlreadyReported(code.getExitCode());
            }
            throw e;
        } finally {
            running = false;
            ErrorReporting.setLocation(null);
        }
    }

    private static volatile boolean running;

    /** Whether a script is running now: its commands must not stop to ask the person at the terminal anything. */
    static boolean running() {
        return running;
    }

    /** A failure inside the script, already reported on stderr: ends the script with the command's exit code. */
    static final class AlreadyReported extends UserFacingException {
        AlreadyReported(int exitCode) {
            super(null, exitCode);
        }
    }

    /** Feeds a script's commands to the shell, one line at a time, telling error reporting where it is. */
    private static final class Lines implements InputProvider {

        private final String file;
        private final List<String> lines;
        private final Parser parser;
        private final PrintStream echo;
        private int next;

        Lines(String file, List<String> lines, Parser parser, PrintStream echo) {
            this.file = file;
            this.lines = lines;
            this.parser = parser;
            this.echo = echo;
        }

        @Override
        public Input readInput() {
            while (next < lines.size()) {
                String line = lines.get(next++).strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
                    continue;
                }
                ErrorReporting.setLocation(file + ":" + next);
                echo.println("nightshift> " + line);
                echo.flush();
                ParsedLine parsed = parser.parse(line, line.length());
                return new Input() {
                    @Override
                    public String rawText() {
                        return line;
                    }

                    @Override
                    public List<String> words() {
                        return parsed.words();
                    }
                };
            }
            return null;
        }
    }
}
