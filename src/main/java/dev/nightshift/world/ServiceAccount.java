package dev.nightshift.world;

import java.util.Objects;

/** A domain account that runs a service on one server (e.g. {@code svc-sql} on {@code SQL01}). */
public record ServiceAccount(String name, String sid, String host) implements java.io.Serializable {

    public ServiceAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(host, "host");
    }
}
