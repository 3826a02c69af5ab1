package dev.nightshift.telemetry;

import dev.nightshift.scenario.HostRole;
import dev.nightshift.world.ExternalAddress;
import dev.nightshift.world.Host;
import dev.nightshift.world.ServiceAccount;
import dev.nightshift.world.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Emitters for getting and keeping access: password spraying and guessing, valid-account and VPN logons,
 * account creation and group changes, phishing delivery and Kerberoasting.
 */
final class AccessEmitters {

    private static final List<String> MADE_UP_USERS = List.of("admin", "test", "scanner", "backup", "support", "reception",
            "helpdesk", "guest1", "sqladmin", "training", "demo", "office", "info", "sales", "accounts", "temp",
            "operator", "user1", "ftp", "it.support", "receptionist", "finance", "hr", "payroll", "webadmin");
    private static final List<String> SSH_USERS = List.of("admin", "ubuntu", "oracle", "test", "postgres", "git", "deploy", "pi", "user");

    private AccessEmitters() {
    }

    static void passwordSpray(Emission e) {
        String target = e.user().username();
        List<String> real = new ArrayList<>(e.c.world.users().stream().map(User::username).filter(u -> !u.equals(target)).toList());
        shuffle(real, e);
        List<String> madeUp = new ArrayList<>(MADE_UP_USERS);
        shuffle(madeUp, e);
        int attempts = e.action.number("attempts");
        List<String> names = new ArrayList<>();
        int realCount = Math.min(real.size(), (attempts - 1) * 3 / 5);
        names.addAll(real.subList(0, realCount));
        for (int i = 0; names.size() < attempts - 1; i++) {
            names.add(i < madeUp.size() ? madeUp.get(i) : "user" + (i - madeUp.size() + 2));
        }
        shuffle(names, e);
        names.add(names.size() / 3 + e.random.nextInt(names.size() * 2 / 3 + 1), target);
        Host host = e.host();
        String ip = e.ip();
        String client = e.attackerHost(ip);
        Instant t = e.start;
        long interval = e.action.duration("interval").toMillis();
        int logonType = e.action.number("logon_type");
        for (String name : names) {
            Logon attempt = new Logon(host.name(), e.c.fqdn(host), e.c.world.netbiosDomain(), null, name, e.c.world.netbiosDomain(),
                    logonType, "NTLM", ip, String.valueOf(Draws.port(e.random)), client, null, null);
            String status = e.c.world.user(name).isPresent() ? WindowsSecurity.WRONG_PASSWORD : WindowsSecurity.NO_SUCH_USER;
            e.add(WindowsSecurity.failure(t, attempt, status, e.truth));
            t = t.plusMillis(Math.max(1, interval * 7 / 10 + e.random.nextLong(interval * 6 / 10 + 1)));
        }
    }

    static void remoteLogon(Emission e) {
        Host host = e.host();
        User user = e.user();
        String ip = e.ip();
        String client = e.attackerHost(ip);
        Logon network = e.c.windows.logon(host, user, 3, "NTLM", ip, String.valueOf(Draws.port(e.random)), client, e.random);
        e.add(WindowsSecurity.logon(e.start, network, e.truth));
        if (e.action.number("logon_type") == 10) {
            Instant interactive = Draws.after(e.start, Duration.ofMillis(1200), Duration.ofMillis(2600), e.random);
            Logon desktop = e.c.windows.logon(host, user, 10, "Negotiate", ip, String.valueOf(Draws.port(e.random)), client, e.random);
            e.add(WindowsSecurity.logon(interactive, desktop, e.truth));
        }
    }

    static void createAccount(Emission e) {
        Host dc = e.host();
        User creator = e.user();
        String logonId = Draws.logonId(e.random);
        String sid = e.c.world.domainSid() + "-" + (1104 + e.c.world.users().size() + 40 + e.random.nextInt(60));
        String domain = e.c.world.netbiosDomain();
        Instant enabled = Draws.after(e.start, Duration.ofMillis(150), Duration.ofMillis(900), e.random);
        String account = e.action.text("account");
        e.add(WindowsSecurity.accountCreated(e.start, dc.name(), e.c.fqdn(dc), domain, creator.sid(), creator.username(), logonId, account, sid, e.truth));
        e.add(WindowsSecurity.accountEnabled(enabled, dc.name(), e.c.fqdn(dc), domain, creator.sid(), creator.username(), logonId, account, sid, e.truth));
    }

    static void addToGroup(Emission e) {
        Host on = e.host();
        User actor = e.user();
        String member = e.action.text("member").isEmpty() ? actor.username() : e.action.text("member");
        String memberSid = e.c.world.user(member).map(User::sid).orElse(e.c.world.domainSid() + "-" + (1500 + e.random.nextInt(400)));
        String group = e.action.text("group");
        boolean global = on.role() == HostRole.DOMAIN_CONTROLLER;
        String groupSid = global ? e.c.world.domainSid() + (group.equals("Domain Admins") ? "-512" : "-" + (1100 + Math.floorMod(group.hashCode(), 50)))
                : "S-1-5-32-544";
        String dn = "CN=" + member + ",OU=Staff,DC=" + e.c.world.domain().replace(".", ",DC=");
        e.add(WindowsAudit.memberAdded(e.start, on.name(), e.c.fqdn(on), global, dn, memberSid, global ? group : "Administrators",
                global ? e.c.world.netbiosDomain() : "Builtin", groupSid,
                new WindowsAudit.Subject(actor.sid(), actor.username(), e.c.world.netbiosDomain(), Draws.logonId(e.random)), e.truth));
    }

    static void sshBruteForce(Emission e) {
        Host host = e.host();
        String ip = e.ip();
        String account = e.action.text("account");
        long interval = e.action.duration("interval").toMillis();
        Instant t = e.start;
        for (int i = 0; i < e.action.number("attempts"); i++) {
            int pid = 1000 + e.random.nextInt(64000);
            int port = Draws.port(e.random);
            if (e.random.nextInt(4) == 0) {
                String invalid = SSH_USERS.get(e.random.nextInt(SSH_USERS.size()));
                e.add(Sshd.invalidUser(t, host.name(), pid, invalid, ip, port, e.truth));
                e.add(Sshd.failedPassword(t.plusMillis(1500), host.name(), pid, "invalid user " + invalid, ip, port, e.truth));
            } else {
                e.add(Sshd.failedPassword(t, host.name(), pid, account, ip, port, e.truth));
            }
            t = t.plusMillis(Math.max(1, interval / 2 + e.random.nextLong(interval + 1)));
        }
    }

    static void vpnLogon(Emission e) {
        User user = e.user();
        String ip = e.ip();
        ExternalAddress from = e.c.world.externalAddresses().stream().filter(a -> a.ip().equals(ip)).findFirst()
                .orElse(new ExternalAddress(ip, "ZZ", "Unknown", 0, 0));
        String upn = user.email(e.c.world.mailDomain());
        e.add(IdpSignin.signIn(e.start, upn, user.fullName(), from, "GlobalProtect VPN", "Mobile Apps and Desktop clients", 0, "Windows 10",
                "Rich Client 6.2.1", "singleFactorAuthentication", CloudNoise.id(e.random), e.truth));
        e.add(Vpn.event(e.start.plusSeconds(3 + e.random.nextInt(6)), e.c.vpnGateway, "connected", "success", user.username(), from,
                "172.20.9." + (10 + Math.floorMod(ip.hashCode(), 200)), "Windows", e.attackerHost(ip), 0, null, e.truth));
    }

    static void phishingEmail(Emission e) {
        User user = e.user();
        String attachment = e.action.text("attachment");
        String sender = e.action.text("sender");
        e.add(EmailGateway.message(e.start, e.c.mailGateway, "inbound", new EmailGateway.Message(sender, e.ip(), user.email(e.c.world.mailDomain()),
                e.action.text("subject"), "<" + Long.toHexString(e.random.nextLong()) + "@" + sender.substring(sender.indexOf('@') + 1) + ">",
                attachment.isEmpty() ? null : attachment, attachment.isEmpty() ? null : MailNoise.hash(attachment), 180_000 + e.random.nextInt(90_000),
                "pass", "none", "none", "clean", "delivered",
                attachment.isEmpty() ? "https://" + sender.substring(sender.indexOf('@') + 1) + "/view?doc=" + e.random.nextInt(100000) : null), e.truth));
    }

    static void kerberoast(Emission e) {
        User user = e.user();
        Host from = e.c.workstation(user);
        Host dc = e.c.dnsServer;
        List<ServiceAccount> accounts = e.c.world.serviceAccounts();
        Instant t = e.start;
        for (int i = 0; i < e.action.number("services"); i++) {
            ServiceAccount account = accounts.isEmpty() ? null : accounts.get(i % accounts.size());
            String service = account == null ? "MSSQLSvc/sql" + i : account.name();
            e.add(WindowsAudit.serviceTicket(t, dc.name(), e.c.fqdn(dc), user.username(), e.c.world.domain().toUpperCase(java.util.Locale.ROOT),
                    service, account == null ? e.c.world.domainSid() + "-" + (1200 + i) : account.sid(), "0x17", from.ip(), Draws.port(e.random),
                    Draws.guid(e.random), e.truth));
            t = t.plusMillis(30 + e.random.nextInt(400));
        }
    }

    private static <T> void shuffle(List<T> items, Emission e) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = e.random.nextInt(i + 1);
            items.set(j, items.set(i, items.get(j)));
        }
    }
}
