package dev.nightshift.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.completion.CompletionResolver;
import org.springframework.stereotype.Component;

/**
 * Completes the values of options given by position, as {@code triage A-0<Tab>} or {@code contain ip 198<Tab>}:
 * Spring Shell itself completes an option's value only after its {@code --name}. Words typed without a name fill
 * the options not named yet, in the order the command declares them, as the shell's parser fills them.
 */
@Component
class PositionalCompletion implements CompletionResolver {

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        CommandRegistration registration = context.getCommandRegistration();
        List<String> words = context.getWords();
        int index = context.getWordIndex();
        if (registration == null || index < 0 || index >= words.size() || words.get(index).startsWith("-")
                || index > 0 && words.get(index - 1).startsWith("--")) {
            return List.of();
        }
        List<CommandOption> options = registration.getOptions();
        Set<CommandOption> named = new HashSet<>();
        int unnamed = 0;
        for (int i = 0; i < index; i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                CommandOption option = byName(options, word.substring(2));
                if (option != null) {
                    named.add(option);
                    if (!isFlag(option)) {
                        i++; // its value
                    }
                }
            } else {
                unnamed++;
            }
        }
        List<CommandOption> open = new ArrayList<>(options.stream().filter(o -> !named.contains(o) && !isFlag(o)
                && !"help".equals(first(o))).toList());
        // an option of many words (a search's query) takes every unnamed word from its place on
        for (int i = 0; i < Math.min(unnamed, open.size()); i++) {
            if (isArray(open.get(i))) {
                unnamed = i;
                break;
            }
        }
        if (unnamed >= open.size() || open.get(unnamed).getCompletion() == null) {
            return List.of();
        }
        CommandOption option = open.get(unnamed);
        return option.getCompletion().apply(context.commandOption(option));
    }

    private static CommandOption byName(List<CommandOption> options, String name) {
        return options.stream().filter(o -> Arrays.asList(o.getLongNames()).contains(name)).findFirst().orElse(null);
    }

    private static boolean isFlag(CommandOption option) {
        Class<?> type = option.getType() == null ? null : option.getType().resolve();
        return type == boolean.class || type == Boolean.class;
    }

    private static boolean isArray(CommandOption option) {
        Class<?> type = option.getType() == null ? null : option.getType().resolve();
        return type != null && type.isArray();
    }

    private static String first(CommandOption option) {
        return option.getLongNames().length == 0 ? "" : option.getLongNames()[0];
    }
}
