package dev.nightshift.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.HostRole;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.sim.RandomStreams;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The organisation built from a seed: offices and their subnets, managers, working hours, VPN habits, servers by role and geolocated addresses. */
class WorldShapeTest {

    private static World world(String id, long seed) throws Exception {
        Scenario scenario = ScenarioLibrary.bundled().load(id);
        return World.build(scenario, new RandomStreams(seed));
    }

    @Test
    void branchStaffSitInTheirOfficeSubnetInTheirTimeZone() throws Exception {
        World world = world("impossible-travel", 11);

        assertThat(world.offices()).extracting(Office::name).containsExactly("HQ", "Rotterdam");
        Office rotterdam = world.offices().get(1);
        assertThat(rotterdam.timeZone().getId()).isEqualTo("Europe/Amsterdam");
        assertThat(rotterdam.country()).isEqualTo("NL");
        List<User> branch = world.users().stream().filter(u -> u.office().equals("Rotterdam")).toList();
        assertThat(branch).hasSize(15).allSatisfy(u -> assertThat(rotterdam.subnet().contains(world.workstationOf(u).ip())).isTrue());
        assertThat(world.offices().get(0).subnet()).isNotEqualTo(rotterdam.subnet());
        assertThat(world.offices()).extracting(o -> o.egress().ip()).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(world.externalAddresses().stream().map(ExternalAddress::ip).toList());
    }

    @Test
    void everyoneButTheFirstHasAManagerWhoWorksHere() throws Exception {
        World world = world("phishing-macro-c2", 23);
        Set<String> names = world.users().stream().map(User::username).collect(Collectors.toSet());

        assertThat(world.users().get(0).manager()).isEmpty();
        assertThat(world.users().subList(1, world.users().size())).allSatisfy(u -> {
            assertThat(names).contains(u.manager());
            assertThat(u.manager()).isNotEqualTo(u.username());
        });
    }

    @Test
    void workingHoursAndVpnHabitsVaryAcrossStaff() throws Exception {
        World world = world("phishing-macro-c2", 23);

        assertThat(world.users()).allSatisfy(u -> {
            assertThat(u.workStart()).isBefore(u.workEnd());
            assertThat(u.vpnHabit()).isBetween(0, 100);
        });
        assertThat(world.users().stream().map(User::workStart).collect(Collectors.toSet())).hasSizeGreaterThan(3);
        assertThat(world.users().stream().map(User::vpnHabit).collect(Collectors.toSet())).hasSizeGreaterThan(10);
    }

    @Test
    void serversFollowTheScenarioRolesWithABackupServerWhenNamed() throws Exception {
        World world = world("ransomware-3am", 3);

        assertThat(world.hosts(HostRole.BACKUP_SERVER)).extracting(Host::name).containsExactly("BKP01");
        assertThat(world.serviceAccounts()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("svc-backup");
            assertThat(s.host()).isEqualTo("BKP01");
        });
        assertThat(world.hosts(HostRole.WORKSTATION)).hasSize(world.users().size());
        assertThat(new HashSet<>(world.hosts().stream().map(Host::ip).toList())).hasSize(world.hosts().size());
    }

    @Test
    void externalAddressesAndVpnExitsAndHomesGeolocateToRealPlaces() throws Exception {
        World world = world("impossible-travel", 11);

        assertThat(world.externalAddresses().stream().map(ExternalAddress::countryCode).collect(Collectors.toSet())).hasSizeGreaterThan(10);
        assertThat(world.externalAddresses()).allSatisfy(a -> assertThat(Math.abs(a.latitude()) + Math.abs(a.longitude())).isPositive());
        assertThat(world.vpnExits()).extracting(ExternalAddress::countryCode).containsExactly("NL", "US");
        assertThat(world.users()).allSatisfy(u -> assertThat(world.homeOf(u).countryCode()).isEqualTo(world.officeOf(u).country()));
        Set<String> homes = world.users().stream().map(u -> world.homeOf(u).ip()).collect(Collectors.toSet());
        assertThat(homes).hasSize(world.users().size()).doesNotContainAnyElementsOf(world.externalAddresses().stream().map(ExternalAddress::ip).toList());
    }

    @Test
    void theMailDomainIsThePublicFormOfTheWindowsDomain() throws Exception {
        assertThat(world("tutorial-brute-force", 7).mailDomain()).isEqualTo("harbourfinch.com");
    }
}
