package dev.nightshift.game;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.world.World;
import java.util.regex.Pattern;

/** Checks that an entity the trainee names exists: a host or user of the world, or a well-formed IP address. */
final class Entities {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

    private Entities() {
    }

    static void requireKnown(World world, EntityKind kind, String name) {
        boolean known = switch (kind) {
            case HOST -> world.host(name).isPresent();
            case USER -> world.user(name).isPresent();
            case IP -> IPV4.matcher(name).matches() || IPV6.matcher(name).matches();
        };
        if (!known) {
            throw GameException.badInput(switch (kind) {
                case HOST -> "there is no host " + name + " in this organisation (host names look like those in the alerts)";
                case USER -> "there is no user " + name + " in this organisation (use the username as the logs show it)";
                case IP -> "'" + name + "' is not an IP address";
            });
        }
    }
}
