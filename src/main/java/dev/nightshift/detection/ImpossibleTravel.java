package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import java.time.Duration;

/**
 * The speed, in kilometres per hour, that two consecutive sign-ins of one user imply: the great-circle distance
 * between their coordinates (haversine, on a sphere of radius 6,371 km) over the time between them. Two sign-ins
 * at the same instant from different places imply an infinite speed.
 */
final class ImpossibleTravel {

    static final double EARTH_RADIUS_KM = 6371.0;

    private final FieldPath latitude;
    private final FieldPath longitude;

    ImpossibleTravel(String latitude, String longitude) {
        this.latitude = new FieldPath(latitude);
        this.longitude = new FieldPath(longitude);
    }

    /** Whether the event carries valid coordinates. */
    boolean located(Event event) {
        double lat = WindowMeasure.number(latitude.get(event));
        double lon = WindowMeasure.number(longitude.get(event));
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }

    /** The speed from {@code from} to {@code to}, both located, {@code to} not earlier. */
    double speed(Event from, Event to) {
        double km = distanceKm(WindowMeasure.number(latitude.get(from)), WindowMeasure.number(longitude.get(from)),
                WindowMeasure.number(latitude.get(to)), WindowMeasure.number(longitude.get(to)));
        double hours = Duration.between(from.timestamp(), to.timestamp()).toMillis() / 3_600_000.0;
        if (hours <= 0) {
            return km == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return km / hours;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
