package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.ContainTarget;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.scoring.Scorer;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.EventCodec;
import dev.nightshift.telemetry.StageState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A shift restored from its snapshot goes on exactly as the shift it was taken from: over every shipped scenario, an
 * analyst's shift (reading, searching, looking up, containing the attacker so that it reacts, triaging, waiting) is
 * snapshotted at several points, and from each the restored copy and the original take the same actions side by side
 * and must answer the same, hold the same queue, collect the same logs and earn the same score card.
 */
class ShiftSnapshotTest {

    static List<String> scenarios() {
        return ScenarioLibrary.bundled().list().stream()
                .filter(s -> s.roles().contains(Role.ANALYST.word()))
                .map(Scenario::id).toList();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void aRestoredShiftGoesOnAsTheOriginal(String id) throws Exception {
        Scenario scenario = ScenarioLibrary.bundled().load(id);
        Shift original = Shift.open(scenario, Role.ANALYST, 11L);
        List<Shift> copies = new ArrayList<>();
        List<AtomicInteger> logReads = new ArrayList<>();
        int contained = 0;
        for (int step = 0; step < 40 && !original.isOver(); step++) {
            if (step == 2 || step == 6 || step == 11) {
                AtomicInteger reads = new AtomicInteger();
                copies.add(roundTrip(step == 11 ? copies.get(0) : original, reads));
                logReads.add(reads);
            }
            Action action = choose(original, step, contained);
            if (action.verb().equals("contain")) {
                contained++;
            }
            String answer = answer(action, original);
            for (Shift copy : copies) {
                assertThat(answer(action, copy)).as("%s, step %d: %s", id, step, action).isEqualTo(answer);
                assertThat(ScriptedShift.state(copy)).as("%s, step %d", id, step).isEqualTo(ScriptedShift.state(original));
                assertThat(QueueView.of(step, copy)).isEqualTo(QueueView.of(step, original));
            }
        }
        assertThat(copies).as("the shift of %s lasted long enough to be snapshotted", id).hasSize(3);
        original.finish();
        String card = Scorer.score(Outcomes.of(original)).toString();
        List<Event> logs = original.logs().events();
        for (Shift copy : copies) {
            copy.finish();
            assertThat(Scorer.score(Outcomes.of(copy)).toString()).isEqualTo(card);
            assertThat(copy.logs().events()).isEqualTo(logs);
            assertThat(copy.stages()).isEqualTo(original.stages());
        }
        assertThat(logReads).allSatisfy(reads -> assertThat(reads.get()).isLessThanOrEqualTo(1));
    }

    /** A snapshot written and read back, with the logs kept as a run of events that are read only when needed. */
    static Shift roundTrip(Shift shift, AtomicInteger reads) {
        byte[] state = ShiftSnapshot.write(shift.state());
        byte[] logs = EventCodec.encode(shift.logs().events());
        ShiftSnapshot.State read = ShiftSnapshot.read(state).orElseThrow();
        assertThat(read.events()).isEqualTo(shift.eventsSeen());
        return new Shift(shift.scenario(), shift.role(), shift.seed(), shift.pace(), read,
                new CollectedLogs(read.events(), 0, () -> {
                    reads.incrementAndGet();
                    return EventCodec.decode(logs);
                }, read.attackHosts()));
    }

    /** The next action of a trainee who works the queue, drawn from what the original shift shows. */
    private static Action choose(Shift shift, int step, int contained) {
        List<CaseAlert> open = shift.alerts().stream().filter(CaseAlert::isOpen).toList();
        CaseAlert first = open.isEmpty() ? null : open.get(0);
        String target = containTarget(shift, contained);
        return switch (step % 8) {
            case 0 -> Action.of("next");
            case 1 -> first == null ? Action.of("wait", "PT20M") : Action.of("view", first.id());
            case 2 -> Action.of("search", first == null ? "EventID=4625" : searchFor(first), "20");
            case 3 -> first == null || first.subject().isEmpty() ? Action.of("hint")
                    : Action.of("whois", first.subject().containsKey("host") ? "host" : "user",
                            first.subject().getOrDefault("host", first.subject().getOrDefault("user", "nobody")));
            case 4 -> target != null ? Action.of("contain", target.split(" ")[0], target.split(" ")[1])
                    : Action.of("intel", "198.51.100.219");
            case 5 -> first == null ? Action.of("next") : Action.of("triage", first.id(),
                    first.events().stream().anyMatch(e -> e.truth().isAttack()) ? "true-positive" : "false-positive",
                    "", "");
            case 6 -> Action.of("wait", "PT45M");
            default -> Action.of("intel", first != null && first.subject().containsKey("src")
                    ? first.subject().get("src") : "example.com");
        };
    }

    private static String searchFor(CaseAlert alert) {
        Event event = alert.events().get(0);
        return event.fields().entrySet().stream()
                .filter(f -> f.getValue() instanceof String s && !s.isBlank() && !s.contains(" ") && !s.contains("\"")
                        && !s.contains("*") && !s.contains("="))
                .findFirst().map(f -> f.getKey() + "=" + f.getValue()).orElse("EventID=4624");
    }

    /** An entity the answer key says to contain, not contained yet (so that the attacker reacts), or null. */
    private static String containTarget(Shift shift, int contained) {
        List<ContainTarget> key = shift.scenario().answerKey().contain();
        for (int i = contained; i < key.size(); i++) {
            ContainTarget wanted = key.get(i);
            for (StageState stage : shift.stages()) {
                String name = stage.id().equals(wanted.stage()) ? stage.entities().get(wanted.entity()) : null;
                if (name != null && stage.status() != StageState.Status.PENDING && shift.containments().stream()
                        .noneMatch(c -> c.name().equals(name))) {
                    return wanted.entity().word() + " " + name;
                }
            }
        }
        return null;
    }

    /** What the shift answered to the action, or the sentence it refused it with. */
    private static String answer(Action action, Shift shift) {
        try {
            return describe(action.applyTo(shift));
        } catch (GameException refused) {
            return "refused: " + refused.getMessage();
        }
    }

    private static String describe(Object answer) {
        if (answer instanceof List<?> list) {
            return list.stream().map(ShiftSnapshotTest::describe).collect(Collectors.joining(", ", "[", "]"));
        }
        if (answer instanceof CaseAlert alert) {
            return alert.id() + ":" + alert.state() + ":" + alert.count() + ":" + alert.events();
        }
        if (answer instanceof Whois whois) {
            return whois.card() + " " + describe(whois.alerts()) + " " + whois.events() + " " + whois.latest();
        }
        if (answer instanceof Shift shift) {
            return ScriptedShift.state(shift);
        }
        return String.valueOf(answer);
    }
}
