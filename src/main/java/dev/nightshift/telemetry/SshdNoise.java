package dev.nightshift.telemetry;

import dev.nightshift.world.Host;
import dev.nightshift.scenario.HostRole;
import dev.nightshift.world.User;
import dev.nightshift.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.nightshift.sim.SeededRandom;

/**
 * Benign SSH sessions on the Linux servers: IT staff log in from their workstations, mostly with their key,
 * sometimes with a password after a typo, work a while, and disconnect.
 */
final class SshdNoise implements java.io.Serializable {

    private static final Truth BENIGN = Truth.benign();

    private final Schedule schedule;
    private final Arrivals arrivals;
    private final SeededRandom random;
    private final Instant end;
    private final World world;
    private final List<Host> servers;
    private final List<User> admins;
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, Integer> uids = new HashMap<>();

    SshdNoise(World world, Schedule schedule, Arrivals arrivals, SeededRandom random, Instant end) {
        this.world = world;
        this.schedule = schedule;
        this.arrivals = arrivals;
        this.random = random;
        this.end = end;
        this.servers = world.hosts(HostRole.LINUX_SERVER);
        List<User> it = world.users().stream().filter(User::isIt).toList();
        this.admins = it.isEmpty() ? world.users() : it;
        int uid = 1001;
        for (User admin : admins) {
            keys.put(admin.username(), "ED25519 " + Draws.fingerprint(random));
            uids.put(admin.username(), uid++);
        }
    }

    void start(Instant start) {
        if (!servers.isEmpty()) {
            next(start);
        }
    }

    private void next(Instant after) {
        Instant t = arrivals.next(after, end);
        if (t != null) {
            schedule.at(t, (time, containment) -> session(time));
        }
    }

    private Event session(Instant t) {
        next(t);
        User admin = Draws.pick(admins, random);
        String user = admin.username();
        Host server = Draws.pick(servers, random);
        String ip = world.workstationOf(admin).ip();
        int port = Draws.port(random);
        int pid = 1000 + random.nextInt(64000);
        String host = server.name();
        int roll = random.nextInt(10);
        Event first;
        Instant accepted = t;
        if (roll < 1) {
            first = Sshd.failedPassword(t, host, pid, user, ip, port, BENIGN);
            accepted = Draws.after(t, Duration.ofSeconds(3), Duration.ofSeconds(12), random);
            schedule.emit(Sshd.accepted(accepted, host, pid, user, "password", ip, port, null, BENIGN));
        } else if (roll < 3) {
            first = Sshd.accepted(t, host, pid, user, "password", ip, port, null, BENIGN);
        } else {
            first = Sshd.accepted(t, host, pid, user, "publickey", ip, port, keys.get(user), BENIGN);
        }
        schedule.emit(Sshd.sessionOpened(accepted.plusMillis(3 + random.nextInt(20)), host, pid, user, uids.get(user), BENIGN));
        Instant close = Draws.after(accepted, Duration.ofMinutes(2), Duration.ofMinutes(45), random);
        schedule.emit(Sshd.receivedDisconnect(close, host, pid, ip, port, BENIGN));
        schedule.emit(Sshd.disconnected(close.plusMillis(1), host, pid, user, ip, port, BENIGN));
        schedule.emit(Sshd.sessionClosed(close.plusMillis(2 + random.nextInt(10)), host, pid, user, BENIGN));
        return first;
    }
}
