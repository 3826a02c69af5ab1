package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The discrete-event heart of the stream: steps ordered by (time, scheduling sequence), so ties break the
 * same way on every run. A step may emit one event and schedule more steps.
 */
final class Schedule implements java.io.Serializable {

    /** Something due at a time: it returns the event it emits, or null. */
    @FunctionalInterface
    interface Step extends java.io.Serializable {
        Event run(Instant time, Containment containment);
    }

    private record Entry(Instant time, long sequence, Step step) implements java.io.Serializable {
    }

    /** Time, then scheduling order; written out because it runs a few dozen times per event. */
    private static final class Order implements Comparator<Entry>, java.io.Serializable {
        @Override
        public int compare(Entry a, Entry b) {
            int byTime = a.time.compareTo(b.time);
            return byTime != 0 ? byTime : Long.compare(a.sequence, b.sequence);
        }
    }

    private static final Comparator<Entry> ORDER = new Order();

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(1024, ORDER);
    private long sequence;

    void at(Instant time, Step step) {
        queue.add(new Entry(time, sequence++, step));
    }

    /** Schedules an already built event at its own timestamp. */
    void emit(Event event) {
        at(event.timestamp(), (time, containment) -> event);
    }

    /** How many steps are waiting: what the stream holds in memory. */
    int size() {
        return queue.size();
    }

    /** The time of the next step, or null when nothing is scheduled. */
    Instant nextTime() {
        Entry next = queue.peek();
        return next == null ? null : next.time();
    }

    /** Runs the next step. */
    Event runNext(Containment containment) {
        Entry next = queue.poll();
        return next.step().run(next.time(), containment);
    }
}
