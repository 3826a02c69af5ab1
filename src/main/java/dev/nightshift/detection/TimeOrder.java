package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;

/**
 * A bounded window that puts a nearly time-ordered stream of events in time order (file order breaking ties): once
 * the window is full, each event added first lets the oldest in the window leave. Events in order go to a ring
 * that stays sorted, at one comparison each. An event older than the ring's newest goes to a binary heap of
 * stragglers, at a logarithmic cost however far back it reaches. A file made of sorted parts (one channel's export
 * after another's) therefore costs no more than a sorted one. The oldest in the window is the older of the
 * ring's first and the heap's top. An event that comes more than the window's size after a newer one leaves after it
 * all the same; such events are counted ({@link #late}). Mutable, for one stream.
 */
final class TimeOrder {

    private final int capacity;
    private final Event[] ring;
    private int head;
    private int inRing;
    private final Event[] heap;
    private int inHeap;
    private Event newestOut;
    private long late;
    private Event firstLate;

    TimeOrder(int capacity) {
        this.capacity = capacity;
        ring = new Event[capacity];
        heap = new Event[capacity];
    }

    /** Adds the event; returns the oldest one when the window was full, null otherwise. */
    Event add(Event event) {
        Event released = inRing + inHeap == capacity ? poll() : null;
        if (inRing == 0 || !before(event, ring[(head + inRing - 1) % capacity])) {
            ring[(head + inRing) % capacity] = event;
            inRing++;
        } else {
            siftUp(event);
        }
        return released;
    }

    /** The oldest event left, or null when the window is empty. */
    Event poll() {
        Event oldest;
        if (inHeap > 0 && (inRing == 0 || before(heap[0], ring[head]))) {
            oldest = takeTop();
        } else if (inRing == 0) {
            return null;
        } else {
            oldest = ring[head];
            ring[head] = null;
            head = (head + 1) % capacity;
            inRing--;
        }
        if (newestOut != null && oldest.timestamp().isBefore(newestOut.timestamp())) {
            if (late++ == 0) {
                firstLate = oldest;
            }
        } else {
            newestOut = oldest;
        }
        return oldest;
    }

    /** How many events left the window older than one that had left before them: too late to be put in order. */
    long late() {
        return late;
    }

    /** The first event that left too late ({@link #late}), or null when none did. */
    Event firstLate() {
        return firstLate;
    }

    private void siftUp(Event event) {
        int at = inHeap++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(event, heap[parent])) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = event;
    }

    private Event takeTop() {
        Event top = heap[0];
        Event last = heap[--inHeap];
        heap[inHeap] = null;
        if (inHeap > 0) {
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= inHeap) {
                    break;
                }
                if (child + 1 < inHeap && before(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!before(heap[child], last)) {
                    break;
                }
                heap[at] = heap[child];
                at = child;
            }
            heap[at] = last;
        }
        return top;
    }

    private static boolean before(Event a, Event b) {
        int time = a.timestamp().compareTo(b.timestamp());
        return time < 0 || time == 0 && a.index() < b.index();
    }
}
