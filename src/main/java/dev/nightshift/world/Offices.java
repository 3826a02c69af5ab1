package dev.nightshift.world;

import dev.nightshift.scenario.OfficeSpec;
import dev.nightshift.scenario.Organisation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import dev.nightshift.sim.SeededRandom;

/** Lays out the offices: the head office in the organisation's time zone, then each branch with its own subnet and egress address. */
final class Offices {

    private static final Subnet[] RANGES = {Subnet.of(192, 0, 2, 0, 24), Subnet.of(198, 51, 100, 0, 24), Subnet.of(203, 0, 113, 0, 24)};

    private Offices() {
    }

    /** The head office first (on {@code headSubnet}), then the branches in scenario order. */
    static List<Office> build(Organisation organisation, Subnet headSubnet, SeededRandom random, SeededRandom geo,
                              Set<String> taken, Naming naming) {
        List<Office> out = new ArrayList<>();
        String zone = organisation.timeZone().getId();
        String headCity = zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' ');
        Places.Place head = Places.ALL.stream().filter(p -> p.city().equals(headCity)).findFirst()
                .orElse(new Places.Place("GB", headCity, 51.5072, -0.1276));
        out.add(new Office("HQ", head.city(), head.country(), organisation.timeZone(), headSubnet, egress(head, taken, random, naming)));
        int second = (headSubnet.base() >>> 16) & 0xff;
        int n = 0;
        for (OfficeSpec spec : organisation.offices()) {
            n++;
            Places.Place place = Places.ALL.stream().filter(p -> p.city().equalsIgnoreCase(spec.city())).findFirst()
                    .orElse(new Places.Place(spec.country(), spec.city(), 0, 0));
            Subnet subnet = naming.branch(second, n, 10 + random.nextInt(90));
            out.add(new Office(spec.name(), spec.city(), spec.country(), spec.timeZone(), subnet,
                    egress(new Places.Place(spec.country(), spec.city(), place.latitude(), place.longitude()), taken, random, naming)));
        }
        return out;
    }

    /** The office of each user by index: branches take the last users, in order; the head office the rest. */
    static List<String> assign(Organisation organisation, List<Office> offices) {
        List<String> out = new ArrayList<>();
        int branchTotal = organisation.offices().stream().mapToInt(OfficeSpec::users).sum();
        for (int i = 0; i < organisation.users() - branchTotal; i++) {
            out.add(offices.get(0).name());
        }
        for (OfficeSpec spec : organisation.offices()) {
            for (int i = 0; i < spec.users(); i++) {
                out.add(spec.name());
            }
        }
        return out;
    }

    /** An external address ({@link Naming#externalAddress}) not yet {@code taken}; it is taken on return. */
    static String freeAddress(Set<String> taken, SeededRandom random, Naming naming) {
        while (true) {
            String ip = naming.externalAddress(random, RANGES);
            if (taken.add(ip)) {
                return ip;
            }
        }
    }

    private static ExternalAddress egress(Places.Place place, Set<String> taken, SeededRandom random, Naming naming) {
        return new ExternalAddress(freeAddress(taken, random, naming), place.country(), place.city(), place.latitude(), place.longitude());
    }
}
