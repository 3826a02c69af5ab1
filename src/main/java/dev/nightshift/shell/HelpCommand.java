package dev.nightshift.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * {@code help}: every command by group, or one command's usage, options and examples. It replaces Spring Shell's
 * built-in help so that every command shows examples; {@code <command> --help} lands here too.
 */
@Command(group = "Built-In Commands")
public class HelpCommand {

    private final org.springframework.beans.factory.ObjectProvider<CommandCatalog> catalogs;

    /** The catalog is looked up when help is asked for: it is built from the commands, this one among them. */
    HelpCommand(org.springframework.beans.factory.ObjectProvider<CommandCatalog> catalogs) {
        this.catalogs = catalogs;
    }

    @Command(command = "help", description = "List the commands, or show one command's options and examples: help <command>.")
    String help(@Option(longNames = "command", arityMax = 4, description = "the command, e.g. triage or rule tune") String[] command) {
        if (command == null || command.length == 0) {
            return overview();
        }
        String name = String.join(" ", command).trim();
        CommandRegistration r = catalogs.getObject().getRegistrations().get(name);
        if (r == null || r.isHidden()) {
            throw new BadInputException("there is no command '" + name + "'; 'help' lists them");
        }
        return detail(r);
    }

    private String overview() {
        Map<String, List<CommandRegistration>> groups = new TreeMap<>();
        visible().forEach(r -> groups.computeIfAbsent(r.getGroup() == null ? "Other" : r.getGroup(), k -> new java.util.ArrayList<>()).add(r));
        StringBuilder out = new StringBuilder("AVAILABLE COMMANDS\n");
        groups.forEach((group, commands) -> {
            out.append('\n').append(group).append('\n');
            commands.stream().sorted(Comparator.comparing(CommandRegistration::getCommand))
                    .forEach(r -> out.append("       ").append(r.getCommand()).append(": ").append(r.getDescription()).append('\n'));
        });
        return out.append("\n'help <command>' (or '<command> --help') shows a command's options and examples;"
                + " './nightshift <command> ...' runs one command and exits.").toString();
    }

    /** NAME, SYNOPSIS, OPTIONS and EXAMPLES of one command. */
    static String detail(CommandRegistration r) {
        StringBuilder out = new StringBuilder("NAME\n       ").append(r.getCommand()).append(" - ")
                .append(r.getDescription()).append("\n\nSYNOPSIS\n       ").append(r.getCommand());
        List<CommandOption> options = r.getOptions().stream().filter(o -> !isHelp(o)).toList();
        for (CommandOption o : options) {
            String part = name(o) + " " + value(o);
            out.append(' ').append(o.isRequired() ? part.strip() : "[" + part.strip() + "]");
        }
        out.append('\n');
        if (!options.isEmpty()) {
            out.append("\nOPTIONS\n");
            for (CommandOption o : options) {
                out.append("       ").append(name(o)).append(' ').append(value(o)).append('\n')
                        .append("       ").append(o.getDescription() == null ? "" : o.getDescription())
                        .append(o.isRequired() ? " (required)" : o.getDefaultValue() == null ? "" : " (default " + o.getDefaultValue() + ")")
                        .append("\n\n");
            }
        } else {
            out.append('\n');
        }
        List<String> examples = Examples.of(r.getCommand()).orElse(List.of());
        if (!examples.isEmpty()) {
            out.append(options.isEmpty() ? "" : "").append("EXAMPLES\n");
            examples.forEach(e -> out.append("       ").append(e).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    private List<CommandRegistration> visible() {
        return catalogs.getObject().getRegistrations().values().stream().filter(r -> !r.isHidden())
                .filter(r -> r.getAvailability() == null || r.getAvailability().isAvailable()).distinct().toList();
    }

    private static boolean isHelp(CommandOption o) {
        return java.util.Arrays.asList(o.getLongNames()).contains("help");
    }

    private static String name(CommandOption o) {
        if (o.getLongNames().length > 0) {
            return "--" + o.getLongNames()[0];
        }
        return o.getShortNames().length > 0 ? "-" + o.getShortNames()[0] : "";
    }

    private static String value(CommandOption o) {
        if (o.getType() == null) {
            return "";
        }
        Class<?> type = o.getType().getRawClass();
        if (type == boolean.class || type == Boolean.class) {
            return "";
        }
        return type != null && type.isArray() ? "<value>..." : "<value>";
    }

    /** Every visible command's full name, for tests that hold each to having an example. */
    List<String> commands() {
        return visible().stream().map(CommandRegistration::getCommand).sorted().collect(Collectors.toList());
    }
}
