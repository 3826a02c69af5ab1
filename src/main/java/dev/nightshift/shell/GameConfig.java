package dev.nightshift.shell;

import dev.nightshift.game.Sessions;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.SessionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the game to the store (H2, or PostgreSQL by NIGHTSHIFT_DB_URL) and the bundled scenario library; beans are created on first use. */
@Configuration(proxyBeanMethods = false)
class GameConfig {

    /**
     * A one-shot command has no prompt: the interactive runner, and with it the line reader, its key maps and its
     * completer, are left out of the context (about a tenth of such a command's start-up). Only at run time: while
     * the build prepares the context ahead of time, {@code nightshift.oneShot} is never set, so the shell keeps them.
     */
    @Bean
    static org.springframework.beans.factory.config.BeanFactoryPostProcessor noPromptForOneCommand() {
        return beans -> {
            if (Boolean.getBoolean(NightshiftApplication.ONE_SHOT)
                    && beans instanceof org.springframework.beans.factory.support.BeanDefinitionRegistry registry
                    && registry.containsBeanDefinition(INTERACTIVE_RUNNER)) {
                registry.removeBeanDefinition(INTERACTIVE_RUNNER);
            }
        };
    }

    /** A one-shot command's arguments become its line as {@link SearchLine#fromArguments} joins them. */
    @Bean
    org.springframework.shell.boot.NonInteractiveShellRunnerCustomizer argumentsAsTyped() {
        return runner -> runner.setCommandsFromArgs(
                args -> args.length == 0 ? java.util.List.of() : java.util.List.of(SearchLine.fromArguments(args)));
    }

    /** Spring Shell's bean for the prompt's read-evaluate loop. */
    static final String INTERACTIVE_RUNNER = "interactiveApplicationRunner";

    /** The command catalog that builds a command's registration only when it is used (see {@link CommandIndex}). */
    @Bean
    org.springframework.shell.command.CommandCatalog commandCatalog(
            org.springframework.beans.factory.config.ConfigurableListableBeanFactory beans,
            org.springframework.shell.context.ShellContext shellContext) {
        return new CommandIndex(beans, shellContext);
    }

    /**
     * The command-line parser: quotes group words as usual, but a backslash is an ordinary character, so that
     * Windows paths ({@code Image=C:\Windows\System32\whoami.exe}) and Sigma values arrive as typed, and a search's
     * query is one word however it is written ({@link SearchLine}). It also
     * hands the terminal to {@link TerminalStyle}, so tables fit its width.
     */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor backslashesAsTyped() {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof org.springframework.shell.jline.ExtendedDefaultParser) {
                    org.springframework.shell.jline.ExtendedDefaultParser parser =
                            new org.springframework.shell.jline.ExtendedDefaultParser() {
                                @Override
                                public org.jline.reader.ParsedLine parse(String line, int cursor,
                                        org.jline.reader.Parser.ParseContext context) {
                                    return context == org.jline.reader.Parser.ParseContext.COMPLETE
                                            ? super.parse(line, cursor, context)
                                            : super.parse(SearchLine.asTyped(line), cursor, context);
                                }
                            };
                    parser.setEscapeChars(new char[0]);
                    return parser;
                }
                if (bean instanceof org.jline.terminal.Terminal terminal) {
                    TerminalStyle.terminal(() -> {
                        try {
                            return terminal.getWidth();
                        } catch (RuntimeException closed) {
                            return 0;
                        }
                    });
                }
                if (bean instanceof org.springframework.shell.jline.NonInteractiveShellRunner runner) {
                    org.jline.reader.impl.DefaultParser parser = new org.jline.reader.impl.DefaultParser() {
                        @Override
                        public org.jline.reader.ParsedLine parse(String line, int cursor,
                                org.jline.reader.Parser.ParseContext context) {
                            return super.parse(SearchLine.asTyped(line), cursor, context);
                        }
                    };
                    parser.setEscapeChars(new char[0]);
                    runner.setLineParser(parser);
                }
                return bean;
            }
        };
    }

    @Bean
    ScenarioLibrary scenarioLibrary() {
        return ScenarioLibrary.bundled();
    }

    /**
     * The store opens the database on first use, so commands that keep no session never touch it, and then keeps it
     * open until the process ends.
     */
    @Bean
    SessionStore sessionStore(@Value("${nightshift.db.url}") String url, @Value("${nightshift.db.user}") String user,
                              @Value("${nightshift.db.password}") String password) {
        return SessionStore.open(url, user, password).keepOpen();
    }

    @Bean
    dev.nightshift.engineer.ChangeWindows changeWindows(SessionStore store, ScenarioLibrary library) {
        return new dev.nightshift.engineer.ChangeWindows(store, library);
    }

    @Bean
    Sessions sessions(SessionStore store, ScenarioLibrary library) {
        return new Sessions(store, library);
    }
}
