package dev.nightshift.telemetry;

import dev.nightshift.scenario.Lookalike;
import dev.nightshift.world.Host;
import dev.nightshift.scenario.HostRole;
import dev.nightshift.world.User;
import dev.nightshift.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import dev.nightshift.sim.SeededRandom;

/**
 * The look-alike {@code password-typos}: during office hours a user mistypes their password several times
 * from their workstation (network logons to the mail or file server, 4625 wrong password), then gets it right.
 * It trips a failed-logons-from-one-source rule, yet it is benign.
 */
final class PasswordTypos implements java.io.Serializable {

    static final String KIND = "password-typos";
    private static final Truth TRUTH = Truth.lookalike(KIND);

    private final Windows windows;
    private final Schedule schedule;
    private final SeededRandom random;

    PasswordTypos(Windows windows, Schedule schedule, SeededRandom random) {
        this.windows = windows;
        this.schedule = schedule;
        this.random = random;
    }

    /** Schedules {@code lookalike.count()} episodes at office-hours instants between {@code start} and {@code end}. */
    void start(Lookalike lookalike, Instant start, Instant end) {
        World world = windows.world();
        long span = Duration.between(start, end).toMillis();
        for (int i = 0; i < lookalike.count(); i++) {
            Instant at = start.plusMillis(random.nextLong(Math.max(1, span - 180_000)));
            for (int tries = 0; tries < 200 && !world.businessHours().isOpen(at.atZone(world.timeZone())); tries++) {
                at = start.plusMillis(random.nextLong(Math.max(1, span - 180_000)));
            }
            episode(at, lookalike.size(), Draws.pick(world.users(), random));
        }
    }

    private void episode(Instant at, int attempts, User user) {
        World world = windows.world();
        Host ws = world.workstationOf(user);
        List<Host> candidates = world.hosts(random.nextBoolean() ? HostRole.MAIL_SERVER : HostRole.FILE_SERVER);
        Host server = candidates.isEmpty() ? world.hosts(HostRole.DOMAIN_CONTROLLER).stream().findFirst().orElse(world.workstationOf(user))
                : candidates.get(0);
        Instant t = at;
        for (int i = 0; i < attempts; i++) {
            Logon attempt = new Logon(server.name(), windows.fqdn(server), world.netbiosDomain(), null, user.username(),
                    world.netbiosDomain(), 3, "NTLM", ws.ip(), String.valueOf(Draws.port(random)), ws.name(), null, null);
            schedule.emit(WindowsSecurity.failure(t, attempt, WindowsSecurity.WRONG_PASSWORD, TRUTH));
            t = Draws.after(t, Duration.ofSeconds(6), Duration.ofSeconds(25), random);
        }
        Logon success = windows.logon(server, user, 3, "NTLM", ws.ip(), String.valueOf(Draws.port(random)), ws.name(), random);
        schedule.emit(WindowsSecurity.logon(t, success, TRUTH));
    }
}
