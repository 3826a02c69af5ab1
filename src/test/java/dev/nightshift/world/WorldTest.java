package dev.nightshift.world;

import dev.nightshift.scenario.HostRole;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.sim.RandomStreams;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorldTest {

    private static Scenario tutorial() throws Exception {
        return ScenarioLibrary.bundled().load("tutorial-brute-force");
    }

    @Test
    void theSameSeedBuildsTheSameWorld() throws Exception {
        World a = World.build(tutorial(), new RandomStreams(7));
        World b = World.build(tutorial(), new RandomStreams(7));
        World c = World.build(tutorial(), new RandomStreams(8));

        assertThat(a.users()).isEqualTo(b.users());
        assertThat(a.hosts()).isEqualTo(b.hosts());
        assertThat(a.externalAddresses()).isEqualTo(b.externalAddresses());
        assertThat(a.domainSid()).isEqualTo(b.domainSid());
        assertThat(c.users()).isNotEqualTo(a.users());
    }

    @Test
    void fiftyPeopleEachWithAWorkstationInTheOfficeSubnetAndServersByRole() throws Exception {
        World world = World.build(tutorial(), new RandomStreams(7));

        assertThat(world.users()).hasSize(50);
        assertThat(world.hosts()).hasSize(60);
        assertThat(world.users()).allSatisfy(u -> {
            assertThat(u.username()).matches("[a-z]\\.[a-z]+\\d*");
            Host ws = world.workstationOf(u);
            assertThat(ws.name()).matches("WS-\\d{4}");
            assertThat(ws.owner()).isEqualTo(u.username());
            assertThat(world.officeSubnet().contains(ws.ip())).isTrue();
        });
        assertThat(world.officeSubnet().toString()).matches("10\\.\\d+\\.\\d+\\.0/24");
        assertThat(world.users().stream().map(User::username).collect(Collectors.toSet())).hasSize(50);
        assertThat(new HashSet<>(world.hosts().stream().map(Host::ip).toList())).hasSize(60);
        assertThat(world.hosts(HostRole.DOMAIN_CONTROLLER)).extracting(Host::name).containsExactly("DC01");
        assertThat(world.hosts(HostRole.REMOTE_ACCESS)).extracting(Host::name).containsExactly("RDS01");
        assertThat(world.hosts(HostRole.LINUX_SERVER)).hasSize(4);
        assertThat(world.users()).filteredOn(User::isIt).isNotEmpty();
    }

    @Test
    void externalAddressesAreInPublicDocumentationRanges() throws Exception {
        World world = World.build(tutorial(), new RandomStreams(7));

        assertThat(world.externalAddresses()).hasSizeGreaterThanOrEqualTo(30).allSatisfy(a ->
                assertThat(a.ip()).matches("(203\\.0\\.113|198\\.51\\.100|192\\.0\\.2)\\.\\d+"));
    }

    @Test
    void looksUpHostsAndUsersByNameInAnyCase() throws Exception {
        World world = World.build(tutorial(), new RandomStreams(7));
        User someone = world.users().get(10);

        assertThat(world.host("dc01")).map(Host::name).hasValue("DC01");
        assertThat(world.user(someone.username().toUpperCase())).hasValue(someone);
        assertThat(world.hostByIp(world.workstationOf(someone).ip())).hasValue(world.workstationOf(someone));
        assertThat(world.user("nobody")).isEmpty();
        assertThat(world.netbiosDomain()).isEqualTo("HARBOURFINCH");
    }
}
