package dev.nightshift.world;

import java.util.List;
import dev.nightshift.sim.SeededRandom;

/** Real cities with their country and coordinates, where external addresses, offices and VPN exits geolocate. */
final class Places {

    record Place(String country, String city, double latitude, double longitude) {
    }

    static final List<Place> ALL = List.of(
            new Place("GB", "London", 51.5072, -0.1276), new Place("GB", "Manchester", 53.4808, -2.2426),
            new Place("GB", "Edinburgh", 55.9533, -3.1883), new Place("IE", "Dublin", 53.3498, -6.2603),
            new Place("FR", "Paris", 48.8566, 2.3522), new Place("DE", "Frankfurt", 50.1109, 8.6821),
            new Place("DE", "Berlin", 52.52, 13.405), new Place("NL", "Amsterdam", 52.3676, 4.9041),
            new Place("ES", "Madrid", 40.4168, -3.7038), new Place("IT", "Milan", 45.4642, 9.19),
            new Place("PL", "Warsaw", 52.2297, 21.0122), new Place("SE", "Stockholm", 59.3293, 18.0686),
            new Place("CH", "Zurich", 47.3769, 8.5417), new Place("US", "New York", 40.7128, -74.006),
            new Place("US", "Ashburn", 39.0438, -77.4874), new Place("US", "Chicago", 41.8781, -87.6298),
            new Place("US", "San Jose", 37.3382, -121.8863), new Place("CA", "Toronto", 43.6532, -79.3832),
            new Place("BR", "Sao Paulo", -23.5558, -46.6396), new Place("MX", "Mexico City", 19.4326, -99.1332),
            new Place("SG", "Singapore", 1.3521, 103.8198), new Place("JP", "Tokyo", 35.6762, 139.6503),
            new Place("KR", "Seoul", 37.5665, 126.978), new Place("HK", "Hong Kong", 22.3193, 114.1694),
            new Place("IN", "Mumbai", 19.076, 72.8777), new Place("AU", "Sydney", -33.8688, 151.2093),
            new Place("ZA", "Johannesburg", -26.2041, 28.0473), new Place("NG", "Lagos", 6.5244, 3.3792),
            new Place("AE", "Dubai", 25.2048, 55.2708), new Place("TR", "Istanbul", 41.0082, 28.9784),
            new Place("RU", "Moscow", 55.7558, 37.6173), new Place("UA", "Kyiv", 50.4501, 30.5234),
            new Place("RO", "Bucharest", 44.4268, 26.1025), new Place("VN", "Hanoi", 21.0278, 105.8342),
            new Place("CN", "Shanghai", 31.2304, 121.4737), new Place("ID", "Jakarta", -6.2088, 106.8456));

    private Places() {
    }

    static Place pick(SeededRandom random) {
        return ALL.get(random.nextInt(ALL.size()));
    }

    /** A city of {@code country}, or the country's own code as its city when the table has none. */
    static Place in(String country, SeededRandom random) {
        List<Place> matches = ALL.stream().filter(p -> p.country().equals(country)).toList();
        return matches.isEmpty() ? new Place(country, country, 0, 0) : matches.get(random.nextInt(matches.size()));
    }
}
