package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import dev.nightshift.telemetry.Truth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The reorder window releases what a plain priority queue of the same size would: when it is full, the oldest of the
 * window (time, then file order) leaves before the new event comes in, and at the end the rest leave oldest first.
 */
class TimeOrderPropertyTest {

    private static final Comparator<Event> OLDEST_FIRST =
            Comparator.comparing(Event::timestamp).thenComparingLong(Event::index);

    @Provide
    Arbitrary<List<Integer>> seconds() {
        // runs that go forward, stand still (ties) and jump back, as exports joined one after another do
        Arbitrary<List<Integer>> run = Arbitraries.integers().between(0, 500).flatMap(start ->
                Arbitraries.integers().between(0, 3).list().ofMaxSize(40).map(steps -> {
                    List<Integer> times = new ArrayList<>();
                    int at = start;
                    for (int step : steps) {
                        at += step;
                        times.add(at);
                    }
                    return times;
                }));
        return run.list().ofMaxSize(8).map(runs -> runs.stream().flatMap(List::stream).toList());
    }

    @Property(tries = 400)
    void releasesWhatAPriorityQueueOfTheSameSizeWould(@ForAll("seconds") List<Integer> seconds,
                                                       @ForAll @IntRange(min = 1, max = 24) int capacity) {
        List<Event> stream = events(seconds);
        TimeOrder window = new TimeOrder(capacity);
        PriorityQueue<Event> model = new PriorityQueue<>(OLDEST_FIRST);
        List<Event> released = new ArrayList<>();
        List<Event> expected = new ArrayList<>();
        for (Event event : stream) {
            Event out = window.add(event);
            if (out != null) {
                released.add(out);
            }
            if (model.size() == capacity) {
                expected.add(model.poll());
            }
            model.add(event);
        }
        for (Event event = window.poll(); event != null; event = window.poll()) {
            released.add(event);
        }
        while (!model.isEmpty()) {
            expected.add(model.poll());
        }
        assertThat(released).containsExactlyElementsOf(expected);
    }

    @Test
    void aSecondSortedPartOlderThanTheFirstComesOutInTimeOrderWithinTheWindow() {
        List<Event> stream = events(List.of(10, 11, 12, 13, 1, 2, 3, 14, 4));
        TimeOrder window = new TimeOrder(16);
        stream.forEach(event -> assertThat(window.add(event)).isNull());
        List<Long> order = new ArrayList<>();
        for (Event event = window.poll(); event != null; event = window.poll()) {
            order.add(event.timestamp().getEpochSecond());
        }
        assertThat(order).containsExactly(1L, 2L, 3L, 4L, 10L, 11L, 12L, 13L, 14L);
    }

    private static List<Event> events(List<Integer> seconds) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < seconds.size(); i++) {
            events.add(new Event(i, Instant.ofEpochSecond(seconds.get(i)), LogSource.service("windows", "security"),
                    "h", Map.of(), Truth.benign()));
        }
        return events;
    }
}
