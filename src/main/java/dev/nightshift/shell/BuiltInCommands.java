package dev.nightshift.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.ExitRequest;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.context.InteractionMode;

/**
 * The shell's own commands: history, clear and quit. They take the place of Spring Shell's built-in ones, which are
 * legacy {@code @ShellMethod} commands that its catalog finds by scanning every bean; {@link CommandIndex} reads
 * {@code @Command} methods only.
 */
@Command(group = "Built-In Commands")
public class BuiltInCommands {

    private final ObjectProvider<LineReader> reader;
    private final ObjectProvider<Terminal> terminal;

    /** The line reader reads the history file when it is made: a one-shot command makes it only for 'history'. */
    BuiltInCommands(ObjectProvider<LineReader> reader, ObjectProvider<Terminal> terminal) {
        this.reader = reader;
        this.terminal = terminal;
    }

    @Command(command = "history", description = "Show the commands typed so far, or save them to a file: history [--file F] [--force]")
    String history(@Option(longNames = "file", description = "the file to save them to, e.g. to replay with 'script'") String file,
                   @Option(longNames = "force", description = "replace the file if it exists") boolean force) {
        List<String> lines = new ArrayList<>();
        History history = reader.getObject().getHistory();
        history.forEach(entry -> lines.add(entry.line()));
        if (file == null) {
            return String.join("\n", lines);
        }
        OutputFile out = OutputFile.check(Path.of(file), "--file", force);
        out.write(lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
        return "wrote " + lines.size() + " command" + (lines.size() == 1 ? "" : "s") + " to " + file;
    }

    @Command(command = "clear", description = "Clear the screen.", interactionMode = InteractionMode.INTERACTIVE)
    void clear() {
        Terminal t = terminal.getObject();
        t.puts(InfoCmp.Capability.clear_screen);
        t.flush();
    }

    @Command(command = "quit", alias = "exit", description = "Leave the shell; the session is kept ('sessions' lists it, 'resume' takes it up).",
            interactionMode = InteractionMode.INTERACTIVE)
    void quit() {
        throw new ExitRequest();
    }
}
