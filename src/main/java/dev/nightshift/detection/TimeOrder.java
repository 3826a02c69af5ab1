package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;

/**
 * A bounded window that puts a nearly time-ordered stream of events in time order (file order breaking ties): an
 * event is inserted from the newest end, which costs one comparison for an event in order, and the oldest leaves
 * once the window is full. Mutable, for one stream.
 */
final class TimeOrder {

    private final Event[] ring;
    private int head;
    private int size;

    TimeOrder(int capacity) {
        ring = new Event[capacity];
    }

    /** Adds the event; returns the oldest one when the window was full, null otherwise. */
    Event add(Event event) {
        Event released = null;
        if (size == ring.length) {
            released = ring[head];
            ring[head] = null;
            head = (head + 1) % ring.length;
            size--;
        }
        int at = size;
        while (at > 0 && before(event, ring[(head + at - 1) % ring.length])) {
            ring[(head + at) % ring.length] = ring[(head + at - 1) % ring.length];
            at--;
        }
        ring[(head + at) % ring.length] = event;
        size++;
        return released;
    }

    /** The oldest event left, or null when the window is empty. */
    Event poll() {
        if (size == 0) {
            return null;
        }
        Event oldest = ring[head];
        ring[head] = null;
        head = (head + 1) % ring.length;
        size--;
        return oldest;
    }

    private static boolean before(Event a, Event b) {
        int time = a.timestamp().compareTo(b.timestamp());
        return time < 0 || time == 0 && a.index() < b.index();
    }
}
