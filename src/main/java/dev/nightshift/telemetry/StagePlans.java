package dev.nightshift.telemetry;

import dev.nightshift.scenario.Stage;
import dev.nightshift.scenario.StageAction;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.world.Host;
import dev.nightshift.world.User;
import dev.nightshift.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The events an attack stage emits once it starts, by its kind: password spray, remote logon, account creation. */
final class StagePlans {

    private static final List<String> MADE_UP_USERS = List.of("admin", "test", "scanner", "backup", "support", "reception",
            "helpdesk", "guest1", "sqladmin", "training", "demo", "office", "info", "sales", "accounts", "temp",
            "operator", "user1", "ftp", "it.support", "receptionist", "finance", "hr", "payroll", "webadmin");

    private final Windows windows;
    private final World world;
    private final RandomStreams streams;

    StagePlans(Windows windows, RandomStreams streams) {
        this.windows = windows;
        this.world = windows.world();
        this.streams = streams;
    }

    /** The stage's events in time order, the first at {@code start}. */
    List<Event> plan(Stage stage, Map<EntityKind, String> entities, Instant start, SplittableRandom random) {
        Truth truth = Truth.attack(stage.id(), stage.technique());
        StageAction action = stage.emits();
        if (action instanceof StageAction.PasswordSpray spray) {
            return spray(spray, entities, start, random, truth);
        }
        if (action instanceof StageAction.RemoteLogon logon) {
            return remoteLogon(logon, entities, start, random, truth);
        }
        return createAccount((StageAction.CreateAccount) action, entities, start, random, truth);
    }

    private List<Event> spray(StageAction.PasswordSpray spray, Map<EntityKind, String> e, Instant start,
                              SplittableRandom random, Truth truth) {
        String target = e.get(EntityKind.USER);
        List<String> real = new ArrayList<>(world.users().stream().map(User::username).filter(u -> !u.equals(target)).toList());
        shuffle(real, random);
        List<String> madeUp = new ArrayList<>(MADE_UP_USERS);
        shuffle(madeUp, random);
        List<String> names = new ArrayList<>();
        int realCount = Math.min(real.size(), (spray.attempts() - 1) * 3 / 5);
        names.addAll(real.subList(0, realCount));
        for (int i = 0; names.size() < spray.attempts() - 1; i++) {
            names.add(i < madeUp.size() ? madeUp.get(i) : "user" + (i - madeUp.size() + 2));
        }
        shuffle(names, random);
        names.add(names.size() / 3 + random.nextInt(names.size() * 2 / 3 + 1), target);
        Host host = world.host(e.get(EntityKind.HOST)).orElseThrow();
        String ip = e.get(EntityKind.IP);
        String client = attackerHost(ip);
        List<Event> out = new ArrayList<>();
        Instant t = start;
        long interval = spray.interval().toMillis();
        for (String name : names) {
            Logon attempt = new Logon(host.name(), windows.fqdn(host), world.netbiosDomain(), null, name, world.netbiosDomain(),
                    spray.logonType(), "NTLM", ip, String.valueOf(Draws.port(random)), client, null, null);
            String status = world.user(name).isPresent() ? WindowsSecurity.WRONG_PASSWORD : WindowsSecurity.NO_SUCH_USER;
            out.add(WindowsSecurity.failure(t, attempt, status, truth));
            t = t.plusMillis(Math.max(1, interval * 7 / 10 + random.nextLong(interval * 6 / 10 + 1)));
        }
        return out;
    }

    private List<Event> remoteLogon(StageAction.RemoteLogon logon, Map<EntityKind, String> e, Instant start,
                                    SplittableRandom random, Truth truth) {
        Host host = world.host(e.get(EntityKind.HOST)).orElseThrow();
        User user = world.user(e.get(EntityKind.USER)).orElseThrow();
        String ip = e.get(EntityKind.IP);
        String client = attackerHost(ip);
        List<Event> out = new ArrayList<>();
        Logon network = windows.logon(host, user, 3, "NTLM", ip, String.valueOf(Draws.port(random)), client, random);
        out.add(WindowsSecurity.logon(start, network, truth));
        if (logon.logonType() == 10) {
            Instant interactive = Draws.after(start, Duration.ofMillis(1200), Duration.ofMillis(2600), random);
            Logon desktop = windows.logon(host, user, 10, "Negotiate", ip, String.valueOf(Draws.port(random)), client, random);
            out.add(WindowsSecurity.logon(interactive, desktop, truth));
        }
        return out;
    }

    private List<Event> createAccount(StageAction.CreateAccount create, Map<EntityKind, String> e, Instant start,
                                      SplittableRandom random, Truth truth) {
        Host dc = world.host(e.get(EntityKind.HOST)).orElseThrow();
        User creator = world.user(e.get(EntityKind.USER)).orElseThrow();
        String logonId = Draws.logonId(random);
        String sid = world.domainSid() + "-" + (1104 + world.users().size() + 40 + random.nextInt(60));
        String domain = world.netbiosDomain();
        Instant enabled = Draws.after(start, Duration.ofMillis(150), Duration.ofMillis(900), random);
        return List.of(
                WindowsSecurity.accountCreated(start, dc.name(), windows.fqdn(dc), domain, creator.sid(), creator.username(),
                        logonId, create.account(), sid, truth),
                WindowsSecurity.accountEnabled(enabled, dc.name(), windows.fqdn(dc), domain, creator.sid(), creator.username(),
                        logonId, create.account(), sid, truth));
    }

    /** The client name an external address shows in logons: the same for every stage that uses it. */
    private String attackerHost(String ip) {
        return Draws.desktopName(streams.stream("attacker-host:" + ip));
    }

    private static <T> void shuffle(List<T> items, SplittableRandom random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            items.set(j, items.set(i, items.get(j)));
        }
    }
}
