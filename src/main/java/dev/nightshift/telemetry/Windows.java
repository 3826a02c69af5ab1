package dev.nightshift.telemetry;

import dev.nightshift.world.Host;
import dev.nightshift.world.User;
import dev.nightshift.world.World;
import dev.nightshift.sim.SeededRandom;

/** The Windows side of a world as its logs name it: host FQDNs, the NetBIOS domain, and logons of its users. */
final class Windows implements java.io.Serializable {

    private final World world;

    Windows(World world) {
        this.world = world;
    }

    World world() {
        return world;
    }

    String fqdn(Host host) {
        return host.name() + "." + world.domain();
    }

    /**
     * A domain user's logon on {@code on}, with a fresh logon id and, when Kerberos carried it, a logon GUID: Negotiate
     * falls back to NTLM, and the GUID stays all zeros, for a client the domain does not know.
     */
    Logon logon(Host on, User user, int type, String auth, String ip, String port, String workstation, SeededRandom random) {
        boolean kerberos = !auth.equals("NTLM") && type != 5
                && (workstation == null || workstation.equals(on.name()) || world.host(workstation).isPresent());
        String guid = kerberos ? Draws.guid(random) : null;
        return new Logon(on.name(), fqdn(on), world.netbiosDomain(), user.sid(), user.username(), world.netbiosDomain(),
                type, auth, ip, port, workstation, Draws.logonId(random), guid);
    }
}
