package dev.nightshift.world;

import dev.nightshift.scenario.HostRole;
import dev.nightshift.scenario.Organisation;
import dev.nightshift.sim.RandomStreams;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import dev.nightshift.sim.SeededRandom;
import net.datafaker.Faker;

/** Draws one {@link World} from an organisation's shape and the {@code world} streams; every value is made here, none per event. */
final class WorldBuilder {

    private static final int FIRST_USER_RID = 1104;
    private static final Subnet[] DOCUMENTATION = {
            Subnet.of(203, 0, 113, 0, 24), Subnet.of(198, 51, 100, 0, 24), Subnet.of(192, 0, 2, 0, 24)};
    private static final int EXTERNAL_POOL = 48;
    private static final String[][] SERVERS = {
            {"DC01", "DOMAIN_CONTROLLER", "10"}, {"FS01", "FILE_SERVER", "20"}, {"WEB01", "WEB_SERVER", "30"},
            {"SQL01", "DATABASE_SERVER", "40"}, {"MAIL01", "MAIL_SERVER", "50"}, {"RDS01", "REMOTE_ACCESS", "60"},
            {"BKP01", "BACKUP_SERVER", "70"}};
    private static final String[][] SERVICES = {
            {"svc-sql", "SQL01"}, {"svc-backup", "FS01"}, {"svc-web", "WEB01"}, {"svc-mail", "MAIL01"}};

    private final Organisation organisation;
    private final Faker faker;
    private final SeededRandom random;
    private final SeededRandom geo;
    private final RandomStreams streams;
    private final Naming naming;

    WorldBuilder(Organisation organisation, RandomStreams streams) {
        this.organisation = organisation;
        this.streams = streams;
        this.faker = new Faker(Locale.UK, streams.random("world"));
        this.random = streams.stream("world:layout");
        this.geo = streams.stream("world:geo");
        this.naming = Naming.of(organisation.variant());
    }

    World build() {
        int officeThird = 10 + random.nextInt(90);
        Subnet office = Subnet.of(10, naming.secondOctet(10 + random.nextInt(200)), officeThird, 0, 24);
        Subnet servers = Subnet.of(10, (office.base() >>> 16) & 0xff, officeThird + 100, 0, 24);
        String domainSid = "S-1-5-21-" + subAuthority() + "-" + subAuthority() + "-" + subAuthority();

        List<User> users = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        Set<Integer> workstationNumbers = new HashSet<>();
        List<Integer> officeHosts = shuffledRange(20, 250);
        int itStaff = Math.max(1, Math.round(organisation.users() * 0.08f));
        List<String[]> people = new ArrayList<>();
        for (int i = 0; i < organisation.users(); i++) {
            String first = faker.name().firstName();
            String last = faker.name().lastName();
            String username = unique(usernames, ascii(first).substring(0, 1) + "." + ascii(last));
            String department = i < itStaff ? "IT" : Departments.draw(random);
            String title = Departments.title(department, random);
            int number;
            do {
                number = 100 + random.nextInt(1900);
            } while (!workstationNumbers.add(number));
            String workstation = naming.windowsHost(String.format(Locale.ROOT, "WS-%04d", number));
            people.add(new String[] {username, first + " " + last, department, title, domainSid + "-" + (FIRST_USER_RID + i), workstation});
        }
        List<ExternalAddress> external = externalAddresses();
        Set<String> taken = new HashSet<>();
        external.forEach(a -> taken.add(a.ip()));
        List<Office> offices = Offices.build(organisation, office, streams.stream("world:offices"), geo, taken, naming);
        List<String> officeOfUser = Offices.assign(organisation, offices);
        People attributes = new People(people, streams.stream("world:people"));
        SeededRandom branchLayout = streams.stream("world:branches");
        Map<String, List<Integer>> branchHosts = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            String[] p = people.get(i);
            String officeName = officeOfUser.get(i);
            Office home = offices.stream().filter(o -> o.name().equals(officeName)).findFirst().orElseThrow();
            String ip = home == offices.get(0) ? office.address(officeHosts.get(i))
                    : home.subnet().address(branchHosts.computeIfAbsent(officeName, k -> shuffledRange(20, 250, branchLayout)).remove(0));
            users.add(attributes.user(i, officeName));
            hosts.add(new Host(p[5], HostRole.WORKSTATION, ip, "Windows 11 Enterprise", p[0]));
        }
        for (String[] server : SERVERS) {
            if (!organisation.servers().contains(HostRole.valueOf(server[1]))) {
                continue;
            }
            hosts.add(new Host(naming.windowsHost(server[0]), HostRole.valueOf(server[1]), servers.address(Integer.parseInt(server[2])),
                    "Windows Server 2022", ""));
        }
        for (int i = 1; i <= organisation.linuxServers(); i++) {
            hosts.add(new Host(naming.linuxHost(String.format(Locale.ROOT, "lnx-app%02d", i)), HostRole.LINUX_SERVER,
                    servers.address(100 + i), "Ubuntu 22.04 LTS", ""));
        }
        List<ServiceAccount> services = new ArrayList<>();
        int rid = FIRST_USER_RID + organisation.users() + 10;
        for (String[] service : SERVICES) {
            String on = naming.windowsHost(service[0].equals("svc-backup")
                    && organisation.servers().contains(HostRole.BACKUP_SERVER) ? "BKP01" : service[1]);
            if (hosts.stream().anyMatch(h -> h.name().equals(on))) {
                services.add(new ServiceAccount(service[0], domainSid + "-" + rid++, on));
            }
        }
        List<ExternalAddress> exits = new ArrayList<>();
        for (String country : organisation.vpnExits()) {
            Places.Place place = Places.in(country, geo);
            exits.add(new ExternalAddress(Offices.freeAddress(taken, geo, naming), place.country(), place.city(), place.latitude(), place.longitude()));
        }
        Map<String, ExternalAddress> homes = new HashMap<>();
        SeededRandom homeDraws = streams.stream("world:homes");
        for (User u : users) {
            Office o = offices.stream().filter(x -> x.name().equals(u.office())).findFirst().orElseThrow();
            Places.Place near = Places.in(o.country(), homeDraws);
            homes.put(u.username(), new ExternalAddress(Offices.freeAddress(taken, homeDraws, naming), near.country(), near.city(),
                    near.latitude(), near.longitude()));
        }
        return new World(organisation.name(), organisation.domain(), organisation.netbiosDomain(), domainSid,
                organisation.timeZone(), organisation.businessHours(), office, servers, users, hosts, services,
                external, offices, exits, homes, naming);
    }

    private List<ExternalAddress> externalAddresses() {
        Set<String> ips = new LinkedHashSet<>();
        List<ExternalAddress> out = new ArrayList<>();
        while (out.size() < EXTERNAL_POOL) {
            String ip = naming.externalAddress(random, DOCUMENTATION);
            if (ips.add(ip)) {
                Places.Place place = Places.pick(geo);
                out.add(new ExternalAddress(ip, place.country(), place.city(), place.latitude(), place.longitude()));
            }
        }
        return out;
    }

    private long subAuthority() {
        return 1_000_000_000L + random.nextLong(3_000_000_000L);
    }

    private List<Integer> shuffledRange(int from, int to) {
        return shuffledRange(from, to, random);
    }

    private static List<Integer> shuffledRange(int from, int to, SeededRandom random) {
        List<Integer> values = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            values.add(i);
        }
        for (int i = values.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            values.set(j, values.set(i, values.get(j)));
        }
        return values;
    }

    private static String unique(Set<String> taken, String base) {
        String name = base.length() > 18 ? base.substring(0, 18) : base;
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return plain.isEmpty() ? "x" : plain;
    }
}
