package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.EnableCommand;

/** Every command nightshift registers has at least one example for 'help <command>', and each example names its command. */
class ExamplesTest {

    static List<String> commands() {
        List<String> out = new ArrayList<>();
        for (Class<?> type : NightshiftApplication.class.getAnnotation(EnableCommand.class).value()) {
            Command group = type.getAnnotation(Command.class);
            String prefix = group == null ? "" : String.join(" ", group.command()).trim();
            for (Method m : type.getDeclaredMethods()) {
                Command c = m.getAnnotation(Command.class);
                if (c != null) {
                    out.add((prefix + " " + String.join(" ", c.command())).trim());
                }
            }
        }
        return out;
    }

    @Test
    void everyCommandHasAnExampleThatUsesIt() {
        List<String> commands = commands();
        assertThat(commands).contains("intel", "whois", "hint", "help", "rule tune", "scenario list", "triage");
        for (String command : commands) {
            assertThat(Examples.of(command)).as("examples of '" + command + "'").hasValueSatisfying(examples -> {
                assertThat(examples).isNotEmpty();
                assertThat(examples).anyMatch(e -> e.startsWith(command) || e.startsWith("./nightshift"));
            });
        }
    }

    @Test
    void helpAndVersionConventions() {
        assertThat(Conventions.apply(new String[] {"--help"})).containsExactly("help");
        assertThat(Conventions.apply(new String[] {"-h", "rule", "tune"})).containsExactly("help", "rule", "tune");
        assertThat(Conventions.apply(new String[] {"--version"})).containsExactly("version");
        assertThat(Conventions.apply(new String[] {"-V"})).containsExactly("version");
        assertThat(Conventions.apply(new String[] {"triage", "--help"})).containsExactly("triage", "--help");
        assertThat(Conventions.apply(new String[] {})).isEmpty();
    }
}
