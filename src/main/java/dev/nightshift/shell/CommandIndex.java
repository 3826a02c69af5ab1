package dev.nightshift.shell;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.shell.Availability;
import org.springframework.shell.Utils;
import org.springframework.shell.command.CommandAlias;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandExitCode;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * The shell's command catalog, made for start-up speed. Spring Shell's own catalog builds every command's
 * registration (its options, target and error handling, which creates the command's bean and all it depends on)
 * before the first command runs: about a fifth of a one-shot command's start-up. This one names each
 * {@code @Command} method from its annotations alone and builds a command's registration the first time something
 * asks more of it than its name, group, description, visibility or interaction mode. A one-shot command builds its
 * own registration and no other; the open shell builds the others as completion or {@code help} needs them.
 *
 * <p>Spring Shell's legacy {@code @ShellMethod} commands (its method-target registrars) are not read: nightshift has
 * none, and its history, clear and quit are {@code @Command} methods too ({@link BuiltInCommands}).
 * {@code CommandIndexTest} holds every name and attribute read here equal to the registration's own.
 */
final class CommandIndex implements CommandCatalog {

    /** The bean Spring Shell registers for each {@code @Command} method (a package-private factory bean). */
    static final String FACTORY_BEAN =
            "org.springframework.shell.command.annotation.support.CommandRegistrationFactoryBean";

    private final Map<String, CommandRegistration> registrations = new LinkedHashMap<>();
    private final ShellContext shellContext;

    CommandIndex(ConfigurableListableBeanFactory beans, ShellContext shellContext) {
        this.shellContext = shellContext;
        for (String name : beans.getBeanDefinitionNames()) {
            BeanDefinition definition = beans.getBeanDefinition(name);
            if (FACTORY_BEAN.equals(definition.getBeanClassName())) {
                register(named(definition.getPropertyValues(), () -> beans.getBean(name, CommandRegistration.class)));
            }
        }
    }

    /** A command named from its method's annotations; {@code build} makes the full registration when needed. */
    static CommandRegistration named(MutablePropertyValues properties, Supplier<CommandRegistration> build) {
        Class<?> type = (Class<?>) properties.get("commandBeanType");
        String methodName = (String) properties.get("commandMethodName");
        Class<?>[] parameters = (Class<?>[]) properties.get("commandMethodParameters");
        Method method = ReflectionUtils.findMethod(type, methodName, parameters);
        if (method == null) {
            throw new IllegalStateException("no command method " + type.getName() + "." + methodName);
        }
        return new Named(type.getAnnotation(Command.class), method.getAnnotation(Command.class), method.getName(), build);
    }

    @Override
    public void register(CommandRegistration... given) {
        for (CommandRegistration r : given) {
            registrations.put(r.getCommand(), r);
            for (CommandAlias a : r.getAliases()) {
                registrations.put(a.getCommand(), r);
            }
        }
    }

    @Override
    public void unregister(CommandRegistration... given) {
        for (CommandRegistration r : given) {
            registrations.remove(r.getCommand());
            for (CommandAlias a : r.getAliases()) {
                registrations.remove(a.getCommand());
            }
        }
    }

    @Override
    public void unregister(String... commandName) {
        for (String n : commandName) {
            registrations.remove(n);
        }
    }

    /** Every command of the shell's interaction mode by name and alias (a copy), as Spring Shell's catalog gives them. */
    @Override
    public Map<String, CommandRegistration> getRegistrations() {
        InteractionMode mode = shellContext == null ? InteractionMode.ALL : shellContext.getInteractionMode();
        Map<String, CommandRegistration> out = new LinkedHashMap<>();
        registrations.forEach((name, r) -> {
            if (runsIn(r.getInteractionMode(), mode)) {
                out.put(name, r);
            }
        });
        return out;
    }

    private static boolean runsIn(InteractionMode command, InteractionMode shell) {
        if (command == null || shell == null || command == InteractionMode.ALL || shell == InteractionMode.ALL) {
            return true;
        }
        return command == shell;
    }

    /**
     * A registration known by its annotations. What they decide is answered from them, as Spring Shell's registration
     * factory reads them; the rest (options, target, availability, exit codes, error handling, help options) from the
     * registration itself, built once on first use.
     */
    private static final class Named implements CommandRegistration {

        private final String command;
        private final List<CommandAlias> aliases;
        private final String group;
        private final String description;
        private final boolean hidden;
        private final InteractionMode interactionMode;
        private final Supplier<CommandRegistration> build;
        private volatile CommandRegistration built;

        Named(Command onClass, Command onMethod, String methodName, Supplier<CommandRegistration> build) {
            String[] classWords = words(onClass == null ? new String[0] : onClass.command());
            String[] words = concat(classWords, words(onMethod.command()));
            this.command = words.length == 0 ? Utils.unCamelify(methodName) : String.join(" ", words);
            this.group = StringUtils.hasText(onMethod.group()) ? onMethod.group() : onClass == null ? "" : onClass.group();
            this.description = StringUtils.hasText(onMethod.description()) ? onMethod.description()
                    : onClass == null ? "" : onClass.description();
            this.hidden = onMethod.hidden() || (onClass != null && onClass.hidden());
            this.interactionMode = mode(onClass, onMethod);
            List<CommandAlias> found = new ArrayList<>();
            for (String alias : onMethod.alias()) {
                String name = String.join(" ", concat(classWords, words(new String[] {alias})));
                found.add(new CommandAlias.DefaultCommandAlias(name, null)); // the factory gives aliases no group
            }
            this.aliases = List.copyOf(found);
            this.build = build;
        }

        /** The words of the given names, each split on spaces, blanks dropped, as the registration builder does. */
        private static String[] words(String[] names) {
            return Arrays.stream(names).flatMap(n -> Stream.of(n.split(" "))).filter(StringUtils::hasText)
                    .map(String::strip).toArray(String[]::new);
        }

        private static String[] concat(String[] a, String[] b) {
            return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
        }

        /** The method's first mode, else the class's (ALL wins among the class's), else ALL: Spring Shell's rule. */
        private static InteractionMode mode(Command onClass, Command onMethod) {
            if (onMethod.interactionMode().length > 0) {
                return onMethod.interactionMode()[0];
            }
            InteractionMode mode = null;
            for (InteractionMode m : onClass == null ? new InteractionMode[0] : onClass.interactionMode()) {
                mode = m;
                if (m == InteractionMode.ALL) {
                    break;
                }
            }
            return mode == null ? InteractionMode.ALL : mode; // the registration builder's default
        }

        private CommandRegistration built() {
            CommandRegistration r = built;
            if (r == null) {
                synchronized (this) {
                    if (built == null) {
                        built = build.get();
                    }
                    r = built;
                }
            }
            return r;
        }

        @Override
        public String getCommand() {
            return command;
        }

        @Override
        public InteractionMode getInteractionMode() {
            return interactionMode;
        }

        @Override
        public String getGroup() {
            return group;
        }

        @Override
        public boolean isHidden() {
            return hidden;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public List<CommandAlias> getAliases() {
            return aliases;
        }

        @Override
        public Availability getAvailability() {
            return built().getAvailability();
        }

        @Override
        public TargetInfo getTarget() {
            return built().getTarget();
        }

        @Override
        public List<CommandOption> getOptions() {
            return built().getOptions();
        }

        @Override
        public CommandExitCode getExitCode() {
            return built().getExitCode();
        }

        @Override
        public List<CommandExceptionResolver> getExceptionResolvers() {
            return built().getExceptionResolvers();
        }

        @Override
        public HelpOptionInfo getHelpOption() {
            return built().getHelpOption();
        }

        @Override
        public String toString() {
            return "command '" + command + "'";
        }
    }
}
