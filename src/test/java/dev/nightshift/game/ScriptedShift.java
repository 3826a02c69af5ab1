package dev.nightshift.game;

import dev.nightshift.engineer.ChangeWindow;
import dev.nightshift.engineer.ChangeWindows;
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

    /** One step: what a trainee would type, and the call that does it (an analyst's or an engineer's). */
    record Step(String typed, Function<Sessions, Object> act, Function<ChangeWindows, Object> window) {

        Step(String typed, Function<Sessions, Object> act) {
            this(typed, act, null);
        }

        static Step engineer(String typed, Function<ChangeWindows, Object> window) {
            return new Step(typed, null, window);
        }

        /** Plays the step with the sessions of its role. */
        Object run(Sessions sessions, ChangeWindows windows) {
            return act != null ? act.apply(sessions) : window.apply(windows);
        }
    }

    /** Whether this is the engineer's change window rather than the analyst's shift. */
    boolean isEngineer() {
        return steps.get(0).window() != null;
    }

    static ScriptedShift named(String name) {
        return switch (name) {
            case "analyst" -> analyst();
            case "engineer" -> engineer();
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

    /** The engineer's window on the tutorial, seed 7: a search, two tunings, a rewritten rule and the deploy. */
    static ScriptedShift engineer() {
        String rewritten;
        try {
            rewritten = java.nio.file.Files.readString(java.nio.file.Path.of(
                    "scenarios/rules/tutorial-brute-force/engineer/failed-logons-many-accounts.yml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ScriptedShift("engineer", List.of(
                Step.engineer("start --scenario tutorial-brute-force --role engineer --seed 7", w -> {
                    try {
                        return w.start("tutorial-brute-force", 7L);
                    } catch (ScenarioException e) {
                        throw new IllegalStateException(e);
                    }
                }),
                Step.engineer("search EventID=4625 IpAddress=10.*", w -> w.perform(Action.of("search", "EventID=4625 IpAddress=10.*", "5"))),
                Step.engineer("rule tune 4b9d --level high", w -> w.perform(new ChangeWindow.Tuning("4b9d", null, null, null,
                        null, null, null, null, "high").action())),
                Step.engineer("rule tune bf96 --threshold 6", w -> w.perform(new ChangeWindow.Tuning("bf96", null, null, null,
                        null, 6L, null, null, null).action())),
                Step.engineer("rule edit bf96 --apply", w -> w.perform(Action.of("edit", "bf96", "bf96.yml", rewritten))),
                Step.engineer("rule deploy --yes", ChangeWindows::deploy)));
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
