package dev.nightshift.telemetry;

import dev.nightshift.scenario.EntityRef;
import dev.nightshift.scenario.Stage;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.world.Host;
import dev.nightshift.scenario.HostRole;
import dev.nightshift.world.World;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.nightshift.sim.SeededRandom;

/** Resolves every stage's entity references (external, random, role:, stage:, names) to concrete hosts, users and IPs of the world. */
final class StageEntities {

    private StageEntities() {
    }

    /** Per stage id, in scenario order, the name of each entity it acts with. */
    static Map<String, Map<EntityKind, String>> resolve(List<Stage> stages, World world, RandomStreams streams) {
        Map<String, Map<EntityKind, String>> out = new LinkedHashMap<>();
        for (Stage stage : stages) {
            SeededRandom random = streams.child("stage:" + stage.id()).stream("entities");
            Map<EntityKind, String> resolved = new EnumMap<>(EntityKind.class);
            for (Map.Entry<EntityKind, EntityRef> e : stage.entities().entrySet()) {
                if (e.getValue().form() != EntityRef.Form.WORKSTATION) {
                    resolved.put(e.getKey(), resolve(stage, e.getKey(), e.getValue(), world, out, random));
                }
            }
            if (stage.entities().containsKey(EntityKind.HOST) && stage.entities().get(EntityKind.HOST).form() == EntityRef.Form.WORKSTATION) {
                String user = resolved.get(EntityKind.USER);
                resolved.put(EntityKind.HOST, user == null ? Draws.pick(world.hosts(HostRole.WORKSTATION), random).name()
                        : world.workstationOf(world.user(user).orElseThrow()).name());
            }
            out.put(stage.id(), Collections.unmodifiableMap(resolved));
        }
        return out;
    }

    /**
     * An external address for an attacker, drawn again (a few times at most) while it geolocates to a country the
     * organisation itself is in (an office or a VPN exit): an intruder who appears to sign in from the office's own
     * country is possible, but a scenario about where people sign in from cannot then be read by anyone.
     */
    static String intruderAddress(World world, SeededRandom random) {
        java.util.Set<String> own = new java.util.HashSet<>();
        world.offices().forEach(o -> own.add(o.country()));
        world.vpnExits().forEach(e -> own.add(e.countryCode()));
        dev.nightshift.world.ExternalAddress pick = Draws.pick(world.externalAddresses(), random);
        for (int tries = 0; tries < 16 && own.contains(pick.countryCode()); tries++) {
            pick = Draws.pick(world.externalAddresses(), random);
        }
        return pick.ip();
    }

    private static String resolve(Stage stage, EntityKind kind, EntityRef ref, World world,
                                  Map<String, Map<EntityKind, String>> earlier, SeededRandom random) {
        return switch (ref.form()) {
            case EXTERNAL -> intruderAddress(world, random);
            case RANDOM -> {
                List<dev.nightshift.world.User> staff = ref.value().isEmpty() ? world.users()
                        : world.users().stream().filter(u -> u.department().equalsIgnoreCase(ref.value())).toList();
                if (staff.isEmpty()) {
                    staff = world.users();
                }
                yield kind == EntityKind.USER ? Draws.pick(staff, random).username()
                        : ref.value().isEmpty() ? Draws.pick(world.hosts(HostRole.WORKSTATION), random).name()
                        : world.workstationOf(Draws.pick(staff, random)).name();
            }
            case ROLE -> {
                List<Host> hosts = world.hosts(HostRole.parse(ref.value()).orElseThrow());
                if (hosts.isEmpty()) {
                    throw new IllegalArgumentException("stage " + stage.id() + " needs a " + ref.value()
                            + " host, and this organisation has none");
                }
                yield Draws.pick(hosts, random).name();
            }
            case STAGE -> earlier.get(ref.value()).get(kind);
            case WORKSTATION -> throw new IllegalStateException("workstation is resolved after the stage's user");
            case NAME -> switch (kind) {
                case IP -> ref.value();
                case HOST -> world.host(ref.value()).map(Host::name).orElseThrow(() -> new IllegalArgumentException(
                        "stage " + stage.id() + " names host " + ref.value() + ", which this organisation does not have"));
                case USER -> world.user(ref.value()).map(u -> u.username()).orElseThrow(() -> new IllegalArgumentException(
                        "stage " + stage.id() + " names user " + ref.value() + ", who does not work here"));
            };
        };
    }
}
