package dev.nightshift.telemetry;

import dev.nightshift.world.ExternalAddress;
import dev.nightshift.world.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import dev.nightshift.sim.SeededRandom;

/**
 * Benign remote access: VPN sessions from staff's home broadband (more often for those with a VPN habit),
 * and identity-provider sign-ins to the office apps from the office's egress address or from home, with the odd
 * wrong password and multi-factor prompt on the way.
 */
final class RemoteAccessNoise implements java.io.Serializable {

    private static final Truth BENIGN = Truth.benign();
    private static final List<String> APPS = List.of("Office 365 Exchange Online", "Microsoft Teams", "Office 365 SharePoint Online",
            "Microsoft Office", "OfficeHome", "Microsoft Authentication Broker", "GlobalProtect VPN");

    private final Context c;
    private final SeededRandom random;

    RemoteAccessNoise(Context c, SeededRandom random) {
        this.c = c;
        this.random = random;
    }

    Event vpn(Instant t, User user) {
        ExternalAddress from = random.nextInt(100) < Math.max(15, user.vpnHabit()) || c.world.vpnExits().isEmpty()
                ? c.world.homeOf(user) : Draws.pick(c.world.vpnExits(), random);
        String privateIp = "172.20." + (1 + random.nextInt(3)) + "." + (10 + random.nextInt(240));
        long minutes = 20 + Math.round(-Math.log(1 - random.nextDouble()) * 120);
        Instant end = t.plus(Duration.ofMinutes(minutes));
        String machine = c.workstation(user).name();
        if (random.nextInt(25) == 0) {
            return Vpn.event(t, c.vpnGateway, "login", "failure", user.username(), from, null, "Windows", machine, 0, "Authentication failed: Invalid username or password", BENIGN);
        }
        c.schedule.emit(Vpn.event(end, c.vpnGateway, "logout", "success", user.username(), from, privateIp, "Windows", machine, minutes * 60, null, BENIGN));
        return Vpn.event(t, c.vpnGateway, "connected", "success", user.username(), from, privateIp, "Windows", machine, 0, null, BENIGN);
    }

    Event signIn(Instant t, User user) {
        boolean home = random.nextInt(100) < user.vpnHabit();
        ExternalAddress from = home ? c.world.homeOf(user) : c.world.officeOf(user).egress();
        String upn = user.email(c.world.mailDomain());
        String app = Draws.pick(APPS, random);
        String correlation = Draws.guid(random);
        correlation = correlation.substring(1, correlation.length() - 1);
        int roll = random.nextInt(100);
        if (roll < 4) {
            Instant retry = t.plusSeconds(5 + random.nextInt(40));
            c.schedule.emit(IdpSignin.signIn(retry, upn, user.fullName(), from, app, "Browser", 0, "Windows 10", "Edge 128.0.0",
                    "singleFactorAuthentication", correlation, BENIGN));
            return IdpSignin.signIn(t, upn, user.fullName(), from, app, "Browser", 50126, "Windows 10", "Edge 128.0.0",
                    "singleFactorAuthentication", correlation, BENIGN);
        }
        if (roll < 12 && home) {
            Instant approved = t.plusSeconds(8 + random.nextInt(30));
            c.schedule.emit(IdpSignin.signIn(approved, upn, user.fullName(), from, app, "Browser", 0, "Windows 10", "Chrome 128.0.0",
                    "multiFactorAuthentication", correlation, BENIGN));
            return IdpSignin.signIn(t, upn, user.fullName(), from, app, "Browser", 50074, "Windows 10", "Chrome 128.0.0",
                    "multiFactorAuthentication", correlation, BENIGN);
        }
        String client = app.equals("Microsoft Teams") || app.equals("Microsoft Authentication Broker") || app.equals("GlobalProtect VPN")
                ? "Mobile Apps and Desktop clients" : "Browser";
        return IdpSignin.signIn(t, upn, user.fullName(), from, app, client, 0, random.nextInt(6) == 0 ? "iOS 17" : "Windows 10",
                client.equals("Browser") ? "Edge 128.0.0" : "Rich Client 5.2.0", "singleFactorAuthentication", correlation, BENIGN);
    }
}
