package dev.nightshift.telemetry;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.Stage;
import dev.nightshift.scenario.StageAction;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.world.Host;
import dev.nightshift.world.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.nightshift.sim.SeededRandom;

/**
 * One run of an emitter: the stage and its parameters, the entities it acts with on this run (the host changes as
 * a stage spreads), the host it comes from, when it starts, its random stream, its truth, and the events it plans.
 */
final class Emission {

    final Context c;
    final Stage stage;
    final StageAction action;
    final Map<EntityKind, String> entities;
    final Host origin;
    final Instant start;
    final SeededRandom random;
    final Truth truth;
    final RandomStreams streams;
    final List<Event> out = new ArrayList<>();

    Emission(Context c, Stage stage, Map<EntityKind, String> entities, Host origin, Instant start, SeededRandom random,
             RandomStreams streams) {
        this.c = c;
        this.stage = stage;
        this.action = stage.emits();
        this.entities = entities;
        this.origin = origin;
        this.start = start;
        this.random = random;
        this.truth = Truth.attack(stage.id(), stage.technique());
        this.streams = streams;
    }

    Host host() {
        return c.world.host(entities.get(EntityKind.HOST)).orElseThrow();
    }

    User user() {
        String name = entities.get(EntityKind.USER);
        return name == null ? null : c.world.user(name).orElseThrow();
    }

    String ip() {
        return entities.get(EntityKind.IP);
    }

    /** The machine name an external address shows in logons: the same for every stage that uses it. */
    String attackerHost(String address) {
        return Draws.desktopName(streams.stream("attacker-host:" + address));
    }

    int pid() {
        return Draws.pid(random);
    }

    /** A process of the stage's user on {@code host}, started by {@code parent} (an image path). */
    Proc proc(String image, String commandLine, String parent, String integrity) {
        User u = user();
        String account = u == null ? "NT AUTHORITY\\SYSTEM" : c.account(u);
        return new Proc(image, commandLine, account, integrity, pid(), Draws.guid(random), Draws.logonId(random), parent, null,
                pid(), Draws.guid(random), u == null ? null : "C:\\Users\\" + u.username() + "\\");
    }

    /** Sysmon 1 and Security 4688 for {@code p} on {@code on}, at {@code t}. */
    void processStart(Instant t, Host on, Proc p) {
        out.add(Sysmon.process(t, on.name(), c.fqdn(on), p, truth));
        User u = user();
        WindowsAudit.Subject s = u == null ? new WindowsAudit.Subject("S-1-5-18", on.name() + "$", c.world.netbiosDomain(), "0x3e7")
                : new WindowsAudit.Subject(u.sid(), u.username(), c.world.netbiosDomain(), p.logonId());
        out.add(WindowsAudit.processCreated(t, on.name(), c.fqdn(on), s, p, truth));
    }

    void add(Event e) {
        out.add(e);
    }
}
