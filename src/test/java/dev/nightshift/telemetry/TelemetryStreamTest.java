package dev.nightshift.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.telemetry.StageState.Status;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TelemetryStreamTest {

    static TelemetryStream tutorial(long seed) throws Exception {
        Scenario scenario = ScenarioLibrary.bundled().load("tutorial-brute-force");
        RandomStreams streams = new RandomStreams(seed);
        return Telemetry.open(scenario, World.build(scenario, streams), streams);
    }

    static List<Event> drain(TelemetryStream stream, Containment containment) {
        List<Event> events = new ArrayList<>();
        for (Event e = stream.poll(stream.end().plusMillis(1), containment); e != null;
             e = stream.poll(stream.end().plusMillis(1), containment)) {
            events.add(e);
        }
        return events;
    }

    @Test
    void eventsComeInTimeOrderIndexedFromZeroWithinTheShift() throws Exception {
        TelemetryStream stream = tutorial(7);
        List<Event> events = drain(stream, Containment.NONE);

        assertThat(events).hasSizeGreaterThan(3000);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).index()).isEqualTo(i);
            if (i > 0) {
                assertThat(events.get(i).timestamp()).isAfterOrEqualTo(events.get(i - 1).timestamp());
            }
        }
        assertThat(events.get(0).timestamp()).isAfterOrEqualTo(stream.start());
        assertThat(events.get(events.size() - 1).timestamp()).isBeforeOrEqualTo(stream.end());
    }

    @Test
    void pollStopsBeforeUntilAndResumesThere() throws Exception {
        TelemetryStream stream = tutorial(7);
        Instant until = stream.start().plus(Duration.ofMinutes(10));
        List<Event> first = new ArrayList<>();
        for (Event e = stream.poll(until, Containment.NONE); e != null; e = stream.poll(until, Containment.NONE)) {
            first.add(e);
        }
        Event next = stream.poll(stream.end(), Containment.NONE);

        assertThat(first).isNotEmpty().allMatch(e -> e.timestamp().isBefore(until));
        assertThat(next.timestamp()).isAfterOrEqualTo(until);
        assertThat(next.index()).isEqualTo(first.size());
    }

    @Test
    void withoutContainmentTheWholeAttackPlaysOut() throws Exception {
        TelemetryStream stream = tutorial(7);
        List<Event> events = drain(stream, Containment.NONE);
        Map<String, StageState> stages = byId(stream.stages());

        assertThat(stream.stages()).extracting(StageState::id).containsExactly("spray", "valid-login", "create-account");
        assertThat(stream.stages()).allMatch(s -> s.status() == Status.DONE);
        StageState spray = stages.get("spray");
        assertThat(spray.entities().get(EntityKind.HOST)).isEqualTo("RDS01");
        assertThat(stages.get("valid-login").entities()).isEqualTo(spray.entities());
        assertThat(stages.get("create-account").entities().get(EntityKind.HOST)).isEqualTo("DC01");

        List<Event> sprayEvents = events.stream().filter(e -> "spray".equals(e.truth().stage())).toList();
        assertThat(sprayEvents).hasSize(36).allMatch(e -> e.field("EventID").equals(4625)
                && e.field("IpAddress").equals(spray.entities().get(EntityKind.IP)));
        assertThat(sprayEvents.stream().map(e -> e.field("TargetUserName")).distinct()).hasSize(36);
        assertThat(events).filteredOn(e -> "valid-login".equals(e.truth().stage()))
                .anyMatch(e -> e.field("LogonType").equals(10) && e.field("EventID").equals(4624));
        assertThat(events).filteredOn(e -> "create-account".equals(e.truth().stage()))
                .extracting(e -> e.field("EventID"), e -> e.field("SubjectUserName"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4720, spray.entities().get(EntityKind.USER)),
                        org.assertj.core.groups.Tuple.tuple(4722, spray.entities().get(EntityKind.USER)));
        assertThat(events).filteredOn(e -> e.truth().kind() == Truth.Kind.LOOKALIKE)
                .hasSize(14).allMatch(e -> "password-typos".equals(e.truth().lookalike()));
    }

    @Test
    void containingTheSprayedUserBeforeAccountCreationStopsIt() throws Exception {
        TelemetryStream stream = tutorial(7);
        List<Event> events = new ArrayList<>();
        Containment none = Containment.NONE;
        for (Event e = stream.poll(stream.end(), none); e != null; e = stream.poll(stream.end(), none)) {
            events.add(e);
            if ("valid-login".equals(e.truth().stage())) {
                break;
            }
        }
        String user = byId(stream.stages()).get("valid-login").entities().get(EntityKind.USER);
        Containment userDisabled = (kind, name) -> kind == EntityKind.USER && name.equalsIgnoreCase(user);
        events.addAll(drain(stream, userDisabled));

        assertThat(events).noneMatch(e -> "create-account".equals(e.truth().stage()));
        assertThat(events).noneMatch(e -> e.truth().isAttack() && e.field("EventID").equals(4720));
        StageState create = byId(stream.stages()).get("create-account");
        assertThat(create.status()).isEqualTo(Status.STOPPED);
        assertThat(create.firstEvent()).isNull();
        assertThat(byId(stream.stages()).get("valid-login").status()).isEqualTo(Status.STOPPED);
    }

    @Test
    void blockingTheAddressMidSprayStopsItThereAndTheSprayerComesBackFromAnother() throws Exception {
        TelemetryStream stream = tutorial(7);
        List<Event> events = new ArrayList<>();
        int sprayed = 0;
        for (Event e = stream.poll(stream.end(), Containment.NONE); e != null && sprayed < 10;
             e = stream.poll(stream.end(), Containment.NONE)) {
            events.add(e);
            sprayed += "spray".equals(e.truth().stage()) ? 1 : 0;
        }
        String ip = byId(stream.stages()).get("spray").entities().get(EntityKind.IP);
        events.addAll(drain(stream, (kind, name) -> kind == EntityKind.IP && name.equals(ip)));

        // no more from the blocked address; the tutorial's sprayer (on_contained) comes back from another one
        assertThat(events).filteredOn(e -> e.truth().isAttack() && ip.equals(e.fields().get("IpAddress"))).hasSize(10);
        StageState spray = byId(stream.stages()).get("spray");
        String second = spray.entities().get(EntityKind.IP);
        assertThat(spray.abandoned().get(EntityKind.IP)).containsExactly(ip);
        assertThat(second).isNotEqualTo(ip);
        assertThat(byId(stream.stages()).get("valid-login").entities().get(EntityKind.IP)).isEqualTo(second);
        assertThat(stream.stages()).extracting(StageState::status)
                .containsExactly(Status.DONE, Status.DONE, Status.DONE);
    }

    @Test
    void theSameSeedGivesTheSameStreamAndAnotherSeedAnotherOne() throws Exception {
        List<String> a = drain(tutorial(7), Containment.NONE).stream().map(JsonLinesFormat::format).toList();
        List<String> b = drain(tutorial(7), Containment.NONE).stream().map(JsonLinesFormat::format).toList();
        List<String> c = drain(tutorial(8), Containment.NONE).stream().map(JsonLinesFormat::format).toList();

        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void aDayOfTheTutorialStreamsTensOfThousandsOfEvents() throws Exception {
        // how fast is GenerationBenchmark's to say (JMH, README's Speed section), not a timed unit test's
        Scenario tutorial = ScenarioLibrary.bundled().load("tutorial-brute-force");
        Scenario day = new Scenario(tutorial.id(), tutorial.title(), tutorial.summary(), tutorial.difficulty(), tutorial.roles(),
                Duration.ofHours(24), tutorial.start(), tutorial.seed(), tutorial.briefing(), tutorial.hints(),
                tutorial.organisation(), tutorial.noise(), tutorial.lookalikes(), tutorial.stages(), tutorial.rules(),
                tutorial.answerKey(), tutorial.weights(), tutorial.playbook());
        RandomStreams streams = new RandomStreams(7);
        World world = World.build(day, streams);
        List<Event> events = drain(Telemetry.open(day, world, streams), Containment.NONE);

        assertThat(events.size()).isGreaterThan(10_000);
        assertThat(events).extracting(Event::timestamp).isSorted();
    }

    private static Map<String, StageState> byId(List<StageState> stages) {
        return stages.stream().collect(Collectors.toMap(StageState::id, Function.identity()));
    }
}
