package dev.nightshift.engineer;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.telemetry.Containment;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.Telemetry;
import dev.nightshift.telemetry.TelemetryStream;
import dev.nightshift.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import dev.nightshift.sim.SeededRandom;
import java.util.function.Consumer;

/**
 * Days of one organisation: the scenario's shift played on each of several dates, in the same world, each day from
 * its own seeded stream; on some of the days (chosen by the seed) the attack plays as well, as a fresh instance with
 * its own victims and infrastructure. The history shows the days before the scenario's date; the held-out week that
 * grades a deployed change set is the days after it. Events are indexed from 0 across the days, in time order.
 */
final class Week {

    /** One day: its number from 1, when its shift starts, whether the attack plays, and its streams. */
    record Day(int number, Instant start, boolean attack, RandomStreams streams) {
    }

    /** Which days: the history before the scenario's date, or the held-out week after it. */
    enum Part {
        HISTORY("history", -1), HELD_OUT("held-out", 1);

        private final String stream;
        private final int direction;

        Part(String stream, int direction) {
            this.stream = stream;
            this.direction = direction;
        }
    }

    private final Scenario scenario;
    private final World world;
    private final List<Day> days;

    private Week(Scenario scenario, World world, List<Day> days) {
        this.scenario = scenario;
        this.world = world;
        this.days = List.copyOf(days);
    }

    /** The days of {@code part} for a session of {@code seed}: the world is the session's own, the days differ. */
    static Week of(Scenario scenario, long seed, Part part) {
        RandomStreams root = new RandomStreams(seed);
        World world = World.build(scenario, root);
        RandomStreams streams = root.child("engineer:" + part.stream);
        int count = scenario.engineer().historyDays();
        boolean[] attack = attackDays(count, scenario.engineer().attackDays(), streams.stream("attack-days"));
        List<Day> days = new ArrayList<>();
        for (int d = 1; d <= count; d++) {
            long offset = part.direction < 0 ? -(count - d + 1L) : d;
            days.add(new Day(d, scenario.start().plus(Duration.ofDays(offset)), attack[d - 1] && !scenario.stages().isEmpty(),
                    streams.child("day:" + d)));
        }
        return new Week(scenario, world, days);
    }

    /** {@code wanted} of {@code count} days, drawn without replacement. */
    private static boolean[] attackDays(int count, int wanted, SeededRandom random) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] chosen = new boolean[count];
        for (int i = 0; i < Math.min(wanted, count); i++) {
            chosen[order[i]] = true;
        }
        return chosen;
    }

    List<Day> days() {
        return days;
    }

    Instant start() {
        return days.get(0).start();
    }

    Instant end() {
        Day last = days.get(days.size() - 1);
        return last.start().plus(scenario.duration());
    }

    /** Plays every day in order, handing each event (indexed across the days) and its day to {@code sink}. */
    void play(DaySink sink) {
        long index = 0;
        // the days are independent, so they are generated side by side; each from its own streams, so the events
        // are the same whatever the number of cores, and they are handed on in day order
        List<List<Event>> generated = days.parallelStream().map(this::generate).toList();
        for (int d = 0; d < days.size(); d++) {
            Day day = days.get(d);
            for (Event e : generated.get(d)) {
                sink.accept(day, e.withIndex(index++));
            }
            sink.dayEnds(day, day.start().plus(scenario.duration()));
        }
    }

    private List<Event> generate(Day day) {
        Scenario played = scenario.at(day.start(), scenario.duration());
        if (!day.attack()) {
            played = played.withoutAttack();
        }
        TelemetryStream stream = Telemetry.open(played, world, day.streams());
        Instant after = stream.end().plusNanos(1);
        List<Event> events = new ArrayList<>();
        for (Event e = stream.poll(after, Containment.NONE); e != null; e = stream.poll(after, Containment.NONE)) {
            events.add(e);
        }
        return events;
    }

    /** Plays every day, handing each event to {@code sink}. */
    void play(Consumer<Event> sink) {
        play(new DaySink() {
            @Override
            public void accept(Day day, Event event) {
                sink.accept(event);
            }
        });
    }

    /** Hears the events of each day and the end of each day's shift. */
    interface DaySink {
        void accept(Day day, Event event);

        default void dayEnds(Day day, Instant end) {
        }
    }
}
