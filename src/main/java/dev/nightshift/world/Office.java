package dev.nightshift.world;

import java.time.ZoneId;
import java.util.Objects;

/** An office of the organisation: where it is, its time zone, the subnet its workstations sit in and the public address it reaches the internet from. */
public record Office(String name, String city, String country, ZoneId timeZone, Subnet subnet, ExternalAddress egress) implements java.io.Serializable {

    public Office {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(egress, "egress");
    }
}
