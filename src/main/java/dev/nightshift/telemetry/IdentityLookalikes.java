package dev.nightshift.telemetry;

import dev.nightshift.scenario.HostRole;
import dev.nightshift.world.ExternalAddress;
import dev.nightshift.world.Host;
import dev.nightshift.world.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import dev.nightshift.sim.SeededRandom;

/**
 * Look-alikes about identities: a traveller signing in from abroad ({@code vpn-abroad}), a phone with a stale
 * password locking its owner out ({@code password-change-lockout}), the onboarding script creating accounts
 * ({@code it-account-script}) and a deployment tool opening admin shares ({@code admin-share-access}).
 */
final class IdentityLookalikes implements java.io.Serializable {

    private static final List<String> NEW_STARTERS = List.of("a.okafor", "b.lindqvist", "c.moreau", "d.nakamura", "e.rossi",
            "f.kowalski", "g.haddad", "h.oconnell", "i.petrova", "j.mensah", "k.fischer", "l.santos", "m.novak", "n.ahmed");

    private final Context c;
    private final SeededRandom random;

    IdentityLookalikes(Context c, SeededRandom random) {
        this.c = c;
        this.random = random;
    }

    void vpnAbroad(Instant t) {
        Truth truth = Truth.lookalike("vpn-abroad");
        User user = Draws.pick(c.world.users(), random);
        ExternalAddress office = c.world.officeOf(user).egress();
        ExternalAddress abroad = c.world.vpnExits().isEmpty() ? foreign(office) : Draws.pick(c.world.vpnExits(), random);
        String upn = user.email(c.world.mailDomain());
        c.schedule.emit(IdpSignin.signIn(t, upn, user.fullName(), office, "Office 365 Exchange Online", "Browser", 0, "Windows 10",
                "Edge 128.0.0", "singleFactorAuthentication", CloudNoise.id(random), truth));
        Instant later = Draws.after(t, Duration.ofMinutes(15), Duration.ofMinutes(70), random);
        c.schedule.emit(Vpn.event(later, c.vpnGateway, "connected", "success", user.username(), abroad, "172.20.9." + (10 + random.nextInt(200)),
                "Windows", c.workstation(user).name(), 0, null, truth));
        c.schedule.emit(IdpSignin.signIn(later.plusSeconds(20 + random.nextInt(60)), upn, user.fullName(), abroad, "Microsoft Teams",
                "Mobile Apps and Desktop clients", 0, "Windows 10", "Rich Client 5.2.0", "multiFactorAuthentication", CloudNoise.id(random), truth));
    }

    void passwordChangeLockout(Instant t, int attempts) {
        Truth truth = Truth.lookalike("password-change-lockout");
        User user = Draws.pick(c.world.users(), random);
        Host mail = c.server(HostRole.MAIL_SERVER);
        Host dc = c.dnsServer;
        String phone = "iPhone-" + user.username().replace(".", "");
        Instant at = t;
        for (int i = 0; i < attempts; i++) {
            Logon attempt = new Logon(mail.name(), c.fqdn(mail), c.world.netbiosDomain(), null, user.username(), c.world.netbiosDomain(), 8,
                    "Negotiate", c.world.homeOf(user).ip(), String.valueOf(Draws.port(random)), phone, null, null);
            c.schedule.emit(WindowsSecurity.failure(at, attempt, WindowsSecurity.WRONG_PASSWORD, truth));
            c.schedule.emit(WindowsAudit.preAuthFailed(at.plusMillis(5), dc.name(), c.fqdn(dc), user.username(), user.sid(), "0x18", mail.ip(),
                    Draws.port(random), truth));
            at = Draws.after(at, Duration.ofSeconds(20), Duration.ofSeconds(90), random);
        }
        c.schedule.emit(WindowsAudit.lockedOut(at, dc.name(), c.fqdn(dc), user.username(), user.sid(), mail.name(),
                new WindowsAudit.Subject("S-1-5-18", dc.name() + "$", c.world.netbiosDomain(), "0x3e7"), truth));
    }

    void itAccountScript(Instant t, int accounts) {
        Truth truth = Truth.lookalike("it-account-script");
        User admin = Draws.pick(c.it, random);
        Host ws = c.workstation(admin);
        Host dc = c.dnsServer;
        String logonId = Draws.logonId(random);
        Proc shell = new Proc("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                "powershell.exe -NoProfile -ExecutionPolicy Bypass -File \\\\" + c.fqdn(c.server(HostRole.FILE_SERVER)) + "\\IT$\\Onboarding\\New-Starters.ps1",
                c.account(admin), "High", Draws.pid(random), Draws.guid(random), logonId, "C:\\Windows\\explorer.exe", null, 5000,
                Draws.guid(random), null);
        c.schedule.emit(Sysmon.process(t, ws.name(), c.fqdn(ws), shell, truth));
        Instant at = t.plusSeconds(3);
        String domain = c.world.netbiosDomain();
        for (int i = 0; i < accounts; i++) {
            String name = NEW_STARTERS.get(random.nextInt(NEW_STARTERS.size()));
            String sid = c.world.domainSid() + "-" + (1300 + random.nextInt(600));
            c.schedule.emit(WindowsSecurity.accountCreated(at, dc.name(), c.fqdn(dc), domain, admin.sid(), admin.username(), logonId, name, sid, truth));
            c.schedule.emit(WindowsSecurity.accountEnabled(at.plusMillis(300), dc.name(), c.fqdn(dc), domain, admin.sid(), admin.username(), logonId,
                    name, sid, truth));
            c.schedule.emit(WindowsAudit.memberAdded(at.plusMillis(700), dc.name(), c.fqdn(dc), true,
                    "CN=" + name + ",OU=Staff,DC=" + c.world.domain().replace(".", ",DC="), sid, "Staff-All", domain, c.world.domainSid() + "-1120",
                    new WindowsAudit.Subject(admin.sid(), admin.username(), domain, logonId), truth));
            at = Draws.after(at, Duration.ofSeconds(2), Duration.ofSeconds(9), random);
        }
    }

    void adminShareAccess(Instant t, int hosts) {
        Truth truth = Truth.lookalike("admin-share-access");
        User admin = Draws.pick(c.it, random);
        Host from = c.workstation(admin);
        List<Host> workstations = c.world.hosts(HostRole.WORKSTATION);
        Instant at = t;
        for (int i = 0; i < hosts; i++) {
            Host target = Draws.pick(workstations, random);
            Logon logon = c.windows.logon(target, admin, 3, "Kerberos", from.ip(), String.valueOf(Draws.port(random)), null, random);
            c.schedule.emit(WindowsSecurity.logon(at, logon, truth));
            WindowsAudit.Subject s = new WindowsAudit.Subject(admin.sid(), admin.username(), c.world.netbiosDomain(), logon.logonId());
            c.schedule.emit(WindowsAudit.specialPrivileges(at, target.name(), c.fqdn(target), s, truth));
            c.schedule.emit(WindowsAudit.shareAccess(at.plusMillis(40), target.name(), c.fqdn(target), s, from.ip(), Draws.port(random),
                    "\\\\*\\ADMIN$", "C:\\Windows", null, "0x1", truth));
            c.schedule.emit(WindowsAudit.shareAccess(at.plusMillis(90), target.name(), c.fqdn(target), s, from.ip(), Draws.port(random),
                    "\\\\*\\ADMIN$", "C:\\Windows", "ccmsetup\\ccmsetup.exe", "0x2", truth));
            c.schedule.emit(WindowsAudit.serviceInstalled(at.plusMillis(400), target.name(), c.fqdn(target), s, "ccmsetup",
                    "C:\\Windows\\ccmsetup\\ccmsetup.exe /service", truth));
            at = Draws.after(at, Duration.ofSeconds(5), Duration.ofSeconds(40), random);
        }
    }

    private ExternalAddress foreign(ExternalAddress home) {
        List<ExternalAddress> abroad = c.world.externalAddresses().stream().filter(a -> !a.countryCode().equals(home.countryCode())).toList();
        return Draws.pick(abroad.isEmpty() ? c.world.externalAddresses() : abroad, random);
    }
}
