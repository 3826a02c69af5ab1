package dev.nightshift.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.sim.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enrichment of the tutorial's world (seed 7) and the impossible-travel world (seed 11, with a branch and VPN exits): exact annotations. */
class EnrichmentTest {

    private static Enrichment tutorial;
    private static Enrichment travel;

    @BeforeAll
    static void build() throws Exception {
        ScenarioLibrary library = ScenarioLibrary.bundled();
        tutorial = new Enrichment(World.build(library.load("tutorial-brute-force"), new RandomStreams(7)));
        travel = new Enrichment(World.build(library.load("impossible-travel"), new RandomStreams(11)));
    }

    @Test
    void hostsUsersAndAddressesOfTheTutorial() {
        assertThat(tutorial.annotate("host", "RDS01")).contains("remote access, 10.128.121.60, server room (HQ)");
        assertThat(tutorial.annotate("Computer", "RDS01.harbourfinch.local")).contains("remote access, 10.128.121.60, server room (HQ)");
        assertThat(tutorial.annotate("TargetUserName", "c.veum")).contains(
                "Curtis Veum, Operations Manager, Operations, manager c.bahringer, HQ office");
        assertThat(tutorial.annotate("SubjectUserName", "HARBOURFINCH\\c.veum")).isEqualTo(tutorial.annotate("User", "c.veum"));
        assertThat(tutorial.annotate("IpAddress", "198.51.100.219")).contains(
                "external: US, Ashburn, AS20473 The Constant Company, LLC (Vultr) (hosting)");
        assertThat(tutorial.annotate("IpAddress", "10.128.21.167")).contains(
                "internal: HQ office (London), subnet 10.128.21.0/24, WS-1912 (workstation of c.veum)");
        assertThat(tutorial.annotate("src_ip", "198.51.100.106")).contains(
                "external: GB, London, AS2856 British Telecommunications PLC; home broadband of c.veum");
        assertThat(tutorial.annotate("dst_ip", "142.250.10.20")).contains("external: US, AS15169 Google LLC (cloud and content provider)");
        assertThat(tutorial.annotate("IpAddress", "192.168.1.5")).contains("private address outside the organisation's subnets");
        assertThat(tutorial.annotate("CommandLine", "whoami")).isEmpty();
        assertThat(tutorial.annotate("TargetUserName", "nobody.here")).isEmpty();
    }

    @Test
    void branchOfficesVpnExitsAndEgress() {
        World world = travel.world();
        ExternalAddress exit = world.vpnExits().get(0);
        assertThat(travel.ip(exit.ip())).endsWith("; known VPN exit of the organisation's VPN")
                .startsWith("external: " + exit.countryCode() + ", " + exit.city() + ", AS9009 M247 Europe SRL");
        Office branch = world.offices().get(1);
        assertThat(travel.ip(branch.egress().ip())).endsWith("; the " + branch.name() + " office's internet egress");
        User atBranch = world.users().stream().filter(u -> u.office().equals(branch.name())).findFirst().orElseThrow();
        assertThat(travel.ip(world.workstationOf(atBranch).ip())).startsWith("internal: " + branch.name() + " office ("
                + branch.city() + "), subnet " + branch.subnet());
    }

    @Test
    void theWholeCardOfAUser() {
        assertThat(tutorial.card("user", "c.veum")).contains(List.of(
                "user:     c.veum (Curtis Veum)",
                "title:    Operations Manager, Operations",
                "manager:  c.bahringer (Charisse Bahringer, Warehouse Supervisor)",
                "office:   HQ (London), usual hours 09:00-17:45 office time, works over the VPN on 78% of days",
                "mail:     c.veum@harbourfinch.com",
                "sid:      S-1-5-21-2359930817-2564253948-1395059205-1115",
                "uses:     WS-1912 (10.128.21.167)",
                "home:     198.51.100.106 (GB, London)"));
        assertThat(tutorial.card("host", "nope")).isEmpty();
        assertThat(tutorial.card("ip", "nope")).isEmpty();
    }
}
