package dev.nightshift.calibrate;

import dev.nightshift.game.AlertSubject;
import dev.nightshift.game.CaseAlert;
import dev.nightshift.scenario.EntityKind;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.Verdict;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.telemetry.Event;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.nightshift.sim.SeededRandom;

/** The players who must not win: they do nothing, end at once, answer without looking or over-react to everything. */
final class LazyPlayers {

    private LazyPlayers() {
    }

    static List<Player> all() {
        return List.of(idle(), endAtOnce(), constant(Verdict.BENIGN, "every-alert-benign"),
                constant(Verdict.TRUE_POSITIVE, "every-alert-true-positive"), random(), containEverything(),
                escalateEverything());
    }

    /** Lets the whole shift pass, then ends. */
    static Player idle() {
        return player("does-nothing", (desk, seed) -> desk.waitToTheEnd());
    }

    /** Ends the shift the moment it starts. */
    static Player endAtOnce() {
        return player("ends-at-once", (desk, seed) -> { });
    }

    /** Gives every alert the same verdict as it arrives, without opening it. */
    static Player constant(Verdict verdict, String name) {
        return player(name, (desk, seed) -> Player.workEachAlert(desk, alert -> desk.triage(alert, verdict)));
    }

    /** Calls each alert true-positive or benign at the toss of a seeded coin, without opening it. */
    static Player random() {
        return player("random-verdicts", (desk, seed) -> {
            SeededRandom coin = new RandomStreams(seed).stream("calibration-random-verdicts");
            Player.workEachAlert(desk, alert -> desk.triage(alert,
                    coin.nextBoolean() ? Verdict.TRUE_POSITIVE : Verdict.BENIGN));
        });
    }

    /** Opens every alert and contains every host, user and address it shows. */
    static Player containEverything() {
        return player("contains-everything", (desk, seed) -> Player.workEachAlert(desk, alert -> {
            if (!desk.view(alert)) {
                return;
            }
            for (Entity e : entities(alert)) {
                desk.contain(e.kind(), e.name());
            }
        }));
    }

    /** Escalates every alert at critical as it arrives. */
    static Player escalateEverything() {
        return player("escalates-everything-critical", (desk, seed) -> Player.workEachAlert(desk,
                alert -> desk.escalate(alert, Severity.CRITICAL)));
    }

    private record Entity(EntityKind kind, String name) {
    }

    private static Set<Entity> entities(CaseAlert alert) {
        Set<Entity> found = new LinkedHashSet<>();
        alert.subject().forEach((key, value) -> {
            switch (key) {
                case "host" -> found.add(new Entity(EntityKind.HOST, value));
                case "user" -> found.add(new Entity(EntityKind.USER, Names.user(value)));
                default -> {
                    if (Names.isAddress(value)) {
                        found.add(new Entity(EntityKind.IP, value));
                    }
                }
            }
        });
        for (Event event : alert.events().subList(0, Math.min(5, alert.events().size()))) {
            if (event.host() != null) {
                found.add(new Entity(EntityKind.HOST, event.host()));
            }
        }
        return found;
    }

    private static Player player(String name, java.util.function.BiConsumer<Desk, Long> body) {
        return new Player() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void play(Desk desk, long seed) {
                body.accept(desk, seed);
            }
        };
    }
}
