package dev.nightshift.scoring;

import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scoring.ShiftOutcome.AlertOutcome;
import dev.nightshift.scoring.ShiftOutcome.ContainmentOutcome;
import dev.nightshift.scoring.ShiftOutcome.RequiredContainment;
import dev.nightshift.scoring.ShiftOutcome.RequiredEscalation;
import dev.nightshift.scoring.ShiftOutcome.StageOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The worked example of docs/scoring.md, a shift outcome with a known score, shared by the scoring and report tests. */
public final class ScoringFixtures {

    private ScoringFixtures() {
    }

    public static Instant at(String hhmm) {
        return Instant.parse("2026-03-10T" + hhmm + ":00Z");
    }

    /**
     * A two-hour tutorial shift: five queue entries (two attack), one verdict given blind, one needless escalation,
     * three containments (one needless), one escalation of the key waived because no alert showed its stage.
     */
    public static ShiftOutcome scripted() {
        return scripted(at("10:30"), List.of(
                new ContainmentOutcome(EntityKind.IP, "203.0.113.45", at("09:16"), null),
                new ContainmentOutcome(EntityKind.USER, "m.jones", at("09:22"), null),
                new ContainmentOutcome(EntityKind.HOST, "ws-0001", at("09:30"), at("10:00"))));
    }

    public static ShiftOutcome scripted(Instant traineeEndedAt, List<ContainmentOutcome> containments) {
        List<StageOutcome> stages = List.of(
                new StageOutcome("spray", "T1110.003", "DONE", at("09:00"), Map.of(EntityKind.IP, "203.0.113.45"),
                        Set.of("RDS01")),
                new StageOutcome("valid-login", "T1078", "DONE", at("09:10"),
                        Map.of(EntityKind.USER, "m.jones", EntityKind.IP, "203.0.113.45"), Set.of("RDS01")),
                new StageOutcome("create-account", "T1136.001", "STOPPED", null, Map.of(EntityKind.USER, "m.jones"),
                        Set.of()));
        List<AlertOutcome> alerts = List.of(
                new AlertOutcome("A-001", "spray", true, Set.of("spray"), at("09:05"), at("09:05"), 3, at("09:08"),
                        Verdict.TRUE_POSITIVE, true, null, null),
                new AlertOutcome("A-002", "typos", false, Set.of(), at("08:50"), null, 1, at("09:20"),
                        Verdict.FALSE_POSITIVE, true, null, null),
                new AlertOutcome("A-003", "external logon", true, Set.of("valid-login"), at("09:12"), at("09:12"), 1,
                        at("09:15"), Verdict.TRUE_POSITIVE, true, Severity.HIGH, at("09:18")),
                new AlertOutcome("A-004", "typos", false, Set.of(), at("10:00"), null, 1, null, null, false, null, null),
                new AlertOutcome("A-005", "new account", false, Set.of(), at("09:40"), null, 1, null,
                        Verdict.BENIGN, false, Severity.MEDIUM, at("09:41")));
        return new ShiftOutcome("tutorial-brute-force", "analyst", 7, at("08:30"), at("10:30"), at("10:30"),
                traineeEndedAt, alerts, containments, stages,
                List.of(new RequiredContainment("spray", EntityKind.IP, "203.0.113.45"),
                        new RequiredContainment("valid-login", EntityKind.USER, "m.jones")),
                List.of(new RequiredEscalation("valid-login", Severity.HIGH)),
                List.of(new ShiftOutcome.Waived("create-account", "escalate stage create-account at high",
                        "no alert showed stage create-account")),
                Set.of("ip:203.0.113.45", "user:m.jones"),
                new ShiftOutcome.Weights(40, 30, 20, 10));
    }
}
