package dev.nightshift.world;

import dev.nightshift.scenario.HostRole;
import java.util.Objects;

/** A computer of the organisation: its name, role, internal IPv4 address, operating system and owner (a username, or empty for servers). */
public record Host(String name, HostRole role, String ip, String os, String owner) implements java.io.Serializable {

    public Host {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(os, "os");
        owner = owner == null ? "" : owner;
    }

    public boolean isWindows() {
        return role.isWindows();
    }
}
