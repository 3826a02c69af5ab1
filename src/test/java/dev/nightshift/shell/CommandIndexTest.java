package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.objenesis.ObjenesisStd;
import org.springframework.shell.command.CommandAlias;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.command.annotation.EnableCommand;
import org.springframework.shell.command.annotation.OptionValues;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.shell.command.annotation.support.CommandRegistrationBeanRegistrar;
import org.springframework.shell.context.DefaultShellContext;
import org.springframework.shell.context.InteractionMode;

/**
 * {@link CommandIndex} names every command from its annotations as Spring Shell's registration factory does, and
 * builds a registration only when asked for more. The command beans are made without their constructors: what is
 * compared is read from annotations and method signatures only.
 */
class CommandIndexTest {

    private GenericApplicationContext context;

    @BeforeEach
    void commands() {
        context = new GenericApplicationContext();
        ObjenesisStd objenesis = new ObjenesisStd();
        CommandRegistrationBeanRegistrar registrar = new CommandRegistrationBeanRegistrar(context);
        for (Class<?> type : NightshiftApplication.class.getAnnotation(EnableCommand.class).value()) {
            register(type, objenesis);
            registrar.register(type);
            for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                for (java.lang.reflect.Parameter p : m.getParameters()) {
                    OptionValues values = p.getAnnotation(OptionValues.class);
                    for (String provider : values == null ? new String[0] : values.provider()) {
                        if (!context.containsBeanDefinition(provider)) {
                            context.registerBean(provider, CompletionProvider.class, () -> completion -> List.of());
                        }
                    }
                }
            }
        }
        context.refresh();
    }

    @SuppressWarnings("unchecked")
    private void register(Class<?> type, ObjenesisStd objenesis) {
        context.registerBean(type.getName(), (Class<Object>) type, () -> objenesis.newInstance(type));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyAttributeReadFromTheAnnotationsIsTheRegistrationsOwn() {
        int compared = 0;
        for (String name : context.getBeanDefinitionNames()) {
            BeanDefinition definition = context.getBeanDefinition(name);
            if (!CommandIndex.FACTORY_BEAN.equals(definition.getBeanClassName())) {
                continue;
            }
            CommandRegistration real = context.getBean(name, CommandRegistration.class);
            CommandRegistration named = CommandIndex.named(definition.getPropertyValues(), () -> real);
            assertThat(named.getCommand()).as(name).isEqualTo(real.getCommand());
            assertThat(named.getGroup()).as(name).isEqualTo(real.getGroup());
            assertThat(named.getDescription()).as(name).isEqualTo(real.getDescription());
            assertThat(named.isHidden()).as(name).isEqualTo(real.isHidden());
            assertThat(named.getInteractionMode()).as(name).isEqualTo(real.getInteractionMode());
            assertThat(named.getAliases()).extracting(CommandAlias::getCommand).as(name)
                    .isEqualTo(real.getAliases().stream().map(CommandAlias::getCommand).toList());
            assertThat(named.getAliases()).extracting(CommandAlias::getGroup).as(name)
                    .isEqualTo(real.getAliases().stream().map(CommandAlias::getGroup).toList());
            assertThat(named.getOptions()).as(name).isSameAs(real.getOptions());
            compared++;
        }
        assertThat(compared).isGreaterThan(45);
    }

    @Test
    void namesEveryCommandAndAliasWithoutBuildingOne() {
        AtomicInteger built = new AtomicInteger();
        context.getBeanFactory().addBeanPostProcessor(new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof CommandRegistration) {
                    built.incrementAndGet();
                }
                return bean;
            }
        });
        CommandIndex index = new CommandIndex(context.getBeanFactory(), null);
        index.getRegistrations().values().forEach(r -> {
            r.getCommand();
            r.getGroup();
            r.getDescription();
            r.isHidden();
            r.getAliases();
            r.getInteractionMode();
        });
        assertThat(built).as("registrations built while only names were read").hasValue(0);
        assertThat(index.getRegistrations().get("rule tune").getOptions()).isNotEmpty();
        assertThat(built).hasValue(1);
        Set<String> expected = new HashSet<>();
        for (String name : context.getBeanNamesForType(CommandRegistration.class)) {
            CommandRegistration r = context.getBean(name, CommandRegistration.class);
            expected.add(r.getCommand());
            r.getAliases().forEach(a -> expected.add(a.getCommand()));
        }
        assertThat(index.getRegistrations().keySet()).containsExactlyInAnyOrderElementsOf(expected)
                .contains("alerts", "rule tune", "scenario list", "history", "quit", "exit", "clear");
    }

    @Test
    void theShellsModeDecidesWhichCommandsItHas() {
        DefaultShellContext shell = new DefaultShellContext();
        shell.setInteractionMode(InteractionMode.NONINTERACTIVE);
        CommandIndex oneShot = new CommandIndex(context.getBeanFactory(), shell);
        assertThat(oneShot.getRegistrations()).containsKey("history").doesNotContainKeys("quit", "exit", "clear");
        shell.setInteractionMode(InteractionMode.INTERACTIVE);
        assertThat(oneShot.getRegistrations()).containsKeys("history", "quit", "exit", "clear");
    }

    @Test
    void registersAndUnregistersAsTheCatalogContractSays() {
        CommandIndex index = new CommandIndex(context.getBeanFactory(), null);
        CommandRegistration extra = CommandRegistration.builder().command("extra", "thing").withAlias().command("xt").and()
                .withTarget().function(ctx -> "done").and().build();
        index.register(extra);
        assertThat(index.getRegistrations()).containsKeys("extra thing", "xt");
        index.unregister(extra);
        assertThat(index.getRegistrations()).doesNotContainKeys("extra thing", "xt");
        index.unregister("alerts");
        assertThat(index.getRegistrations()).doesNotContainKey("alerts");
    }
}
