package dev.nightshift.world;

import java.util.Objects;

/** A public IPv4 address outside the organisation, with where it geolocates. */
public record ExternalAddress(String ip, String countryCode, String city) {

    public ExternalAddress {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(city, "city");
    }
}
