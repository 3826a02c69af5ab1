package dev.nightshift.shell;

import dev.nightshift.serve.Commands;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.jline.reader.impl.DefaultParser;
import org.springframework.shell.Input;
import org.springframework.shell.ResultHandlerService;
import org.springframework.shell.Shell;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.config.ShellConversionServiceSupplier;
import org.springframework.shell.context.ShellContext;

/**
 * The game's commands for the proctored server: a line is parsed as the shell parses it and evaluated by a shell of
 * its own over the same command beans, its result written to the candidate's connection and its errors reported
 * there, one line at a time on the calling thread.
 */
final class CandidateCommands implements Commands {

    private final CommandCatalog catalog;
    private final ResultHandlerService results;
    private final ShellContext context;
    private final CommandExecution.CommandExecutionHandlerMethodArgumentResolvers resolvers;
    private final ShellConversionServiceSupplier conversions;
    private final org.jline.terminal.Terminal quiet;

    CandidateCommands(CommandCatalog catalog, ResultHandlerService results, ShellContext context,
                      CommandExecution.CommandExecutionHandlerMethodArgumentResolvers resolvers,
                      ShellConversionServiceSupplier conversions) throws java.io.IOException {
        this.catalog = catalog;
        this.results = results;
        this.context = context;
        this.resolvers = resolvers;
        this.conversions = conversions;
        // what Spring Shell itself would print goes nowhere: the command's result is written to the connection below
        this.quiet = org.jline.terminal.TerminalBuilder.builder().system(false).dumb(true)
                .streams(java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream()).build();
    }

    @Override
    public List<String> words(String line) {
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        return parser.parse(line, line.length(), org.jline.reader.Parser.ParseContext.ACCEPT_LINE).words().stream()
                .filter(w -> !w.isEmpty()).toList();
    }

    @Override
    public Optional<String> commandOf(List<String> words) {
        var registrations = catalog.getRegistrations();
        for (int n = words.size(); n >= 1; n--) {
            String name = String.join(" ", words.subList(0, n));
            if (registrations.containsKey(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    @Override
    public String description(String command) {
        CommandRegistration registration = catalog.getRegistrations().get(command);
        return registration == null || registration.getDescription() == null ? "" : registration.getDescription();
    }

    @Override
    public int run(List<String> words, PrintWriter out, PrintWriter err) {
        ConnectionShell shell = new ConnectionShell();
        Object result = ErrorReporting.reportingTo(err, () -> shell.evaluate(words));
        if (result instanceof Exception e) {
            return ErrorReporting.reportingTo(err, () -> ErrorReporting.resolve(e)).exitCode();
        }
        if (result != null && result != Shell.NO_INPUT) {
            String text = result.toString();
            if (!text.isEmpty()) {
                out.println(text);
            }
        }
        out.flush();
        return shell.exitCode;
    }

    /** A shell for one command line: the connection's result and exit code, not the server's terminal. */
    private final class ConnectionShell extends Shell {

        private int exitCode;

        ConnectionShell() {
            super(results, catalog, quiet, context, null);
            setArgumentResolvers(resolvers);
            setConversionService(conversions.get());
            setExceptionResolvers(List.of(e -> {
                CommandHandlingResult handled = ErrorReporting.resolve(e);
                exitCode = handled.exitCode() == null ? ErrorReporting.FAILED : handled.exitCode();
                return handled;
            }));
        }

        Object evaluate(List<String> words) {
            return evaluate(new Input() {
                @Override
                public String rawText() {
                    return String.join(" ", words);
                }

                @Override
                public List<String> words() {
                    return words;
                }
            });
        }
    }
}
