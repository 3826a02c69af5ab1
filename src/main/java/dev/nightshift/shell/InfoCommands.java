package dev.nightshift.shell;

import dev.nightshift.attack.AttackCatalogue;
import dev.nightshift.attack.Technique;
import java.util.stream.Collectors;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** Commands that answer without a session: the version and the ATT&CK catalogue. */
@Command(group = "Reference")
public class InfoCommands {

    @Command(command = "version", description = "Show nightshift's version and the ATT&CK release it ships.")
    String version() {
        String version = NightshiftApplication.class.getPackage().getImplementationVersion();
        return "nightshift " + (version == null ? "dev" : version)
                + " (ATT&CK Enterprise v" + AttackCatalogue.enterpriseVersion() + ")";
    }

    @Command(command = "technique", description = "Show an ATT&CK technique: its name and tactics.")
    String technique(@Option(required = true, description = "a technique id such as T1110.003") String id) {
        Technique technique = requireTechnique(id);
        String tactics = technique.tactics().stream()
                .map(t -> t.name() + " (" + t.id() + ")")
                .collect(Collectors.joining(", "));
        return technique.id() + "  " + technique.name() + "\ntactics: " + tactics
                + "\nhttps://attack.mitre.org/techniques/" + technique.id().replace('.', '/') + "/";
    }

    static Technique requireTechnique(String id) {
        AttackCatalogue catalogue = AttackCatalogue.enterprise();
        return catalogue.technique(id)
                .orElseThrow(() -> new BadInputException(AttackCatalogue.isTechniqueId(id.trim().toUpperCase())
                        ? "unknown ATT&CK technique " + id + " (not in Enterprise v" + catalogue.version() + ")"
                        : "'" + id + "' is not an ATT&CK technique id: expected T#### or T####.###"));
    }
}
