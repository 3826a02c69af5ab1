package dev.nightshift.shell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.command.annotation.EnableCommand;

/** Starts nightshift: the interactive shell with no arguments, one command and exit with arguments. */
@SpringBootApplication
@EnableCommand({InfoCommands.class, ScenarioCommands.class, SessionCommands.class, ShiftCommands.class})
public class NightshiftApplication {

    public static void main(String[] args) {
        System.setProperty("nightshift.home", Home.resolve().toString());
        SpringApplication app = new SpringApplication(NightshiftApplication.class);
        System.exit(SpringApplication.exit(app.run(args)));
    }
}
