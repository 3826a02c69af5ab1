package dev.nightshift.scenario;

import java.time.ZoneId;
import java.util.Objects;

/** A branch office as a scenario names it: its name, city, ISO country code, time zone and how many of the staff work there. */
public record OfficeSpec(String name, String city, String country, ZoneId timeZone, int users) {

    public OfficeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(timeZone, "timeZone");
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be a two-letter ISO code, got " + country);
        }
        if (users < 1) {
            throw new IllegalArgumentException("an office needs at least one user");
        }
    }
}
