package dev.nightshift.telemetry;

import dev.nightshift.world.Host;
import dev.nightshift.scenario.HostRole;
import dev.nightshift.world.ServiceAccount;
import dev.nightshift.world.User;
import dev.nightshift.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.nightshift.sim.SeededRandom;

/**
 * Benign Windows logon activity: people unlocking and logging on at their workstations, Kerberos and NTLM
 * network logons to the servers with their logoffs, service logons, IT staff on remote desktop, and the odd
 * failure (a typo at the keyboard, a disabled account on a stale drive mapping, a mistyped user name).
 */
final class WindowsLogonNoise implements java.io.Serializable {

    private static final List<String> STALE_ACCOUNTS = List.of("scanner01", "temp.contractor", "old.reception", "ftp-upload");
    private static final Truth BENIGN = Truth.benign();

    private final Windows windows;
    private final World world;
    private final Schedule schedule;
    private final Arrivals arrivals;
    private final SeededRandom random;
    private final Instant end;
    private final List<User> it;
    private final List<Host> servers;
    /** The unmanaged machine each person who has one connects from, named when first seen. */
    private final Map<String, String> devices = new HashMap<>();

    WindowsLogonNoise(Windows windows, Schedule schedule, Arrivals arrivals, SeededRandom random, Instant end) {
        this.windows = windows;
        this.world = windows.world();
        this.schedule = schedule;
        this.arrivals = arrivals;
        this.random = random;
        this.end = end;
        List<User> itStaff = world.users().stream().filter(User::isIt).toList();
        this.it = itStaff.isEmpty() ? world.users() : itStaff;
        this.servers = world.hosts().stream().filter(h -> h.isWindows() && h.role() != HostRole.WORKSTATION).toList();
    }

    void start(Instant start) {
        next(start);
    }

    private void next(Instant after) {
        Instant t = arrivals.next(after, end);
        if (t != null) {
            schedule.at(t, (time, containment) -> activity(time));
        }
    }

    private Event activity(Instant t) {
        next(t);
        User user = Draws.pick(world.users(), random);
        Host ws = world.workstationOf(user);
        int roll = random.nextInt(100);
        if (roll < 30) {
            return network(t, user, ws, server(HostRole.DOMAIN_CONTROLLER), "Kerberos", Duration.ofSeconds(1), Duration.ofSeconds(30));
        } else if (roll < 46) {
            return network(t, user, ws, server(HostRole.FILE_SERVER), "Kerberos", Duration.ofMinutes(2), Duration.ofMinutes(40));
        } else if (roll < 54) {
            HostRole role = Draws.pick(List.of(HostRole.MAIL_SERVER, HostRole.DATABASE_SERVER, HostRole.MAIL_SERVER), random);
            return network(t, user, ws, server(role), "Kerberos", Duration.ofSeconds(10), Duration.ofMinutes(10));
        } else if (roll < 58) {
            return network(t, user, ws, server(HostRole.WEB_SERVER), "NTLM", Duration.ofSeconds(1), Duration.ofSeconds(5));
        } else if (roll < 72) {
            return atKeyboard(t, user, ws, 7, Duration.ofMinutes(5), Duration.ofMinutes(90));
        } else if (roll < 78) {
            return atKeyboard(t, user, ws, 2, Duration.ofHours(1), Duration.ofHours(4));
        } else if (roll < 88) {
            return service(t);
        } else if (roll < 93) {
            return remoteDesktop(t);
        } else if (roll < 96) {
            return outsider(t, user);
        }
        return failure(t, user, ws);
    }

    private Event network(Instant t, User user, Host from, Host to, String auth, Duration min, Duration max) {
        String workstation = auth.equals("NTLM") ? from.name() : null;
        Logon logon = windows.logon(to, user, 3, auth, from.ip(), String.valueOf(Draws.port(random)), workstation, random);
        schedule.emit(WindowsSecurity.logoff(Draws.after(t, min, max, random), logon, BENIGN));
        return WindowsSecurity.logon(t, logon, BENIGN);
    }

    private Event atKeyboard(Instant t, User user, Host ws, int type, Duration min, Duration max) {
        Logon logon = windows.logon(ws, user, type, "Negotiate", "127.0.0.1", "0", ws.name(), random);
        schedule.emit(WindowsSecurity.logoff(Draws.after(t, min, max, random), logon, BENIGN));
        return WindowsSecurity.logon(t, logon, BENIGN);
    }

    private Event service(Instant t) {
        if (random.nextBoolean() && !world.serviceAccounts().isEmpty()) {
            ServiceAccount account = Draws.pick(world.serviceAccounts(), random);
            Host host = world.host(account.host()).orElseThrow();
            Logon logon = new Logon(host.name(), windows.fqdn(host), world.netbiosDomain(), account.sid(), account.name(),
                    world.netbiosDomain(), 5, "Negotiate", null, null, null, Draws.logonId(random), null);
            return WindowsSecurity.logon(t, logon, BENIGN);
        }
        Host host = Draws.pick(servers, random);
        Logon logon = new Logon(host.name(), windows.fqdn(host), world.netbiosDomain(), Logon.SYSTEM_SID, "SYSTEM",
                "NT AUTHORITY", 5, "Negotiate", null, null, null, "0x3e7", null);
        return WindowsSecurity.logon(t, logon, BENIGN);
    }

    private Event remoteDesktop(Instant t) {
        User admin = Draws.pick(it, random);
        Host from = world.workstationOf(admin);
        Host to = random.nextInt(3) == 0 ? Draws.pick(servers, random) : server(HostRole.REMOTE_ACCESS);
        Logon logon = windows.logon(to, admin, 10, "Negotiate", from.ip(), String.valueOf(Draws.port(random)), from.name(), random);
        schedule.emit(WindowsSecurity.logoff(Draws.after(t, Duration.ofMinutes(10), Duration.ofMinutes(60), random), logon, BENIGN));
        return WindowsSecurity.logon(t, logon, BENIGN);
    }

    /**
     * Someone on the VPN from a machine the domain does not manage (a contractor's laptop, a personal computer),
     * which Windows names {@code DESKTOP-} and seven characters: a share or the remote desktop server over NTLM, and
     * now and then a password saved on the device that has since changed, failing first.
     */
    private Event outsider(Instant t, User user) {
        String device = devices.computeIfAbsent(user.username(), name -> Draws.desktopName(random));
        String ip = "172.20." + (1 + random.nextInt(9)) + "." + (10 + random.nextInt(240));
        boolean desktop = random.nextInt(3) == 0;
        Host to = desktop ? server(HostRole.REMOTE_ACCESS) : server(random.nextBoolean() ? HostRole.FILE_SERVER : HostRole.MAIL_SERVER);
        int type = desktop ? 10 : 3;
        String port = String.valueOf(Draws.port(random));
        Instant at = t;
        Event first = null;
        if (random.nextInt(3) == 0) {
            Logon stale = new Logon(to.name(), windows.fqdn(to), world.netbiosDomain(), null, user.username(),
                    world.netbiosDomain(), 3, "NTLM", ip, port, device, null, null);
            first = WindowsSecurity.failure(t, stale, WindowsSecurity.WRONG_PASSWORD, BENIGN);
            at = Draws.after(t, Duration.ofSeconds(5), Duration.ofSeconds(40), random);
        }
        Logon logon = windows.logon(to, user, type, desktop ? "Negotiate" : "NTLM", ip, String.valueOf(Draws.port(random)), device,
                random);
        Event success = WindowsSecurity.logon(at, logon, BENIGN);
        schedule.emit(WindowsSecurity.logoff(Draws.after(at, Duration.ofMinutes(5), Duration.ofMinutes(90), random), logon, BENIGN));
        if (first == null) {
            return success;
        }
        schedule.emit(success);
        return first;
    }

    private Event failure(Instant t, User user, Host ws) {
        int kind = random.nextInt(4);
        String port = String.valueOf(Draws.port(random));
        if (kind == 0) {
            Host fs = server(HostRole.FILE_SERVER);
            Logon stale = new Logon(fs.name(), windows.fqdn(fs), world.netbiosDomain(), null, Draws.pick(STALE_ACCOUNTS, random),
                    world.netbiosDomain(), 3, "NTLM", ws.ip(), port, ws.name(), null, null);
            return WindowsSecurity.failure(t, stale, WindowsSecurity.DISABLED, BENIGN);
        }
        if (kind == 1) {
            Host mail = server(HostRole.MAIL_SERVER);
            Logon typo = new Logon(mail.name(), windows.fqdn(mail), world.netbiosDomain(), null, misspell(user.username()),
                    world.netbiosDomain(), 3, "NTLM", ws.ip(), port, ws.name(), null, null);
            return WindowsSecurity.failure(t, typo, WindowsSecurity.NO_SUCH_USER, BENIGN);
        }
        Logon failed = new Logon(ws.name(), windows.fqdn(ws), world.netbiosDomain(), null, user.username(),
                world.netbiosDomain(), 2, "Negotiate", "127.0.0.1", "0", ws.name(), null, null);
        Instant retry = Draws.after(t, Duration.ofSeconds(4), Duration.ofSeconds(20), random);
        Logon success = windows.logon(ws, user, 2, "Negotiate", "127.0.0.1", "0", ws.name(), random);
        schedule.emit(WindowsSecurity.logon(retry, success, BENIGN));
        return WindowsSecurity.failure(t, failed, WindowsSecurity.WRONG_PASSWORD, BENIGN);
    }

    private String misspell(String username) {
        int cut = 2 + random.nextInt(Math.max(1, username.length() - 2));
        return cut >= username.length() ? username + "1" : username.substring(0, cut) + username.substring(cut + 1);
    }

    /** The first server of {@code role}, or any Windows server when the organisation has none of that role. */
    private Host server(HostRole role) {
        List<Host> hosts = world.hosts(role);
        return hosts.isEmpty() ? servers.isEmpty() ? world.hosts().get(0) : servers.get(0) : hosts.get(0);
    }
}
