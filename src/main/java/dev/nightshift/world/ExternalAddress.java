package dev.nightshift.world;

import java.util.Objects;

/** A public IPv4 address outside the organisation, with where it geolocates: country code, city and coordinates. */
public record ExternalAddress(String ip, String countryCode, String city, double latitude, double longitude) implements java.io.Serializable {

    public ExternalAddress {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(city, "city");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + "," + longitude);
        }
    }
}
