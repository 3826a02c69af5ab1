package dev.nightshift.game;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scenario.ScenarioException;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.Verdict;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole shift of one role played step by step, for the fault-injection suites: step 0 starts the session and every
 * later step journals exactly one action, so the journal's length says how far a session got. Another role's shift
 * is one more constant in {@link #named}.
 */
record ScriptedShift(String name, List<Step> steps) {

    /** One step: what a trainee would type, and the call that does it. */
    record Step(String typed, Function<Sessions, Object> act) {
    }

    static ScriptedShift named(String name) {
        return switch (name) {
            case "analyst" -> analyst();
            default -> throw new IllegalArgumentException("no scripted shift " + name);
        };
    }

    /** The tutorial as README's walkthrough plays it, seed 7, ending with the score card. */
    static ScriptedShift analyst() {
        return new ScriptedShift("analyst", List.of(
                new Step("start --scenario tutorial-brute-force --role analyst --seed 7", s -> start(s)),
                new Step("next", Sessions::next),
                new Step("alert A-001", s -> s.view("A-001")),
                new Step("search IpAddress=198.51.100.219", s -> s.search("IpAddress=198.51.100.219", 20)),
                new Step("triage A-001 --verdict true-positive --technique T1110.003",
                        s -> s.triage("A-001", Verdict.TRUE_POSITIVE, List.of("T1110.003"), null)),
                new Step("next", Sessions::next),
                new Step("alert A-002", s -> s.view("A-002")),
                new Step("triage A-002 --verdict true-positive --technique T1078 --note ...",
                        s -> s.triage("A-002", Verdict.TRUE_POSITIVE, List.of("T1078"),
                                "c.veum logged on from the spraying address " + "and more ".repeat(600))),
                new Step("contain user c.veum", s -> s.contain(EntityKind.USER, "c.veum")),
                new Step("contain ip 198.51.100.219", s -> s.contain(EntityKind.IP, "198.51.100.219")),
                new Step("escalate A-002 --severity high", s -> s.escalate("A-002", Severity.HIGH, null)),
                new Step("next", Sessions::next),
                new Step("alert A-003", s -> s.view("A-003")),
                new Step("triage A-003 --verdict benign", s -> s.triage("A-003", Verdict.BENIGN, List.of(), null)),
                new Step("next", Sessions::next),
                new Step("alert A-004", s -> s.view("A-004")),
                new Step("triage A-004 --verdict false-positive",
                        s -> s.triage("A-004", Verdict.FALSE_POSITIVE, List.of(), null)),
                new Step("wait 20m", s -> s.waitFor(java.time.Duration.ofMinutes(20))),
                new Step("end --yes", Sessions::end)));
    }

    private static Object start(Sessions sessions) {
        try {
            return sessions.start("tutorial-brute-force", Role.ANALYST, 7L);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a shift looks like to anyone who asks: its clock, every alert's state, what is contained. */
    static String state(Shift shift) {
        return shift.now() + " events=" + shift.eventsSeen() + " over=" + shift.isOver() + " alerts="
                + shift.alerts().stream().map(a -> a.id() + ":" + a.state()).collect(Collectors.joining(","))
                + " contained=" + shift.containments();
    }
}
