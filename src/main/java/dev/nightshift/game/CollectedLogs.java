package dev.nightshift.game;

import dev.nightshift.search.LogStore;
import dev.nightshift.telemetry.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The logs a shift has collected so far, every event in the order it flowed. A shift restored from a snapshot knows
 * how many events came before it, and reads them (from the snapshot's store) only when a command looks at the logs
 * (a search, a whois): {@code alert}, {@code triage}, the score and the rest never pay for a long shift's logs.
 */
final class CollectedLogs {

    private LogStore store;
    private Supplier<List<Event>> earlier;
    private final long earlierCount;
    private final List<Event> since = new ArrayList<>();
    /** How many of the first events the snapshot store holds already. */
    private long kept;
    /** After how many journal entries the snapshot kept with them was taken (0: none). */
    private int keptAfter;
    /** The hidden truth, for scoring only: per attack stage, the hosts its events so far were logged on. */
    private final TreeMap<String, TreeSet<String>> attackHosts;
    /** Whether the earlier events were read from a snapshot's runs (then the first search scans them); searches run. */
    private final boolean restored;
    private int searches;

    /** A fresh shift's logs: none yet. */
    CollectedLogs() {
        this.store = new LogStore();
        this.earlierCount = 0;
        this.attackHosts = new TreeMap<>();
        this.restored = false;
    }

    /**
     * A restored shift's logs: {@code count} events, kept with the snapshot taken after {@code actions} journal entries,
     * that {@code earlier} reads when they are first needed; {@code attackHosts} is what {@link #attackHosts} said then.
     */
    CollectedLogs(long count, int actions, Supplier<List<Event>> earlier, TreeMap<String, TreeSet<String>> attackHosts) {
        this.earlier = earlier;
        this.attackHosts = attackHosts;
        this.restored = true;
        this.earlierCount = count;
        this.kept = count;
        this.keptAfter = actions;
    }

    void add(Event event) {
        if (event.truth().isAttack() && event.host() != null) {
            attackHosts.computeIfAbsent(event.truth().stage(), k -> new TreeSet<>()).add(event.host());
        }
        if (store != null) {
            store.add(event);
        } else {
            since.add(event);
        }
    }

    /** Per attack stage, the hosts its events so far were logged on, for a snapshot (the logs need not be read). */
    TreeMap<String, TreeSet<String>> attackHosts() {
        return attackHosts;
    }

    /** The same, as a copy for scoring. */
    Map<String, Set<String>> attackHostsByStage() {
        Map<String, Set<String>> hosts = new TreeMap<>();
        attackHosts.forEach((stage, on) -> hosts.put(stage, new TreeSet<>(on)));
        return hosts;
    }

    /**
     * Whether a search should index the logs: every search but the first over logs a restored shift read from its
     * snapshot, which tests the events one by one. A one-shot command's only search then does not pay for an index
     * (two seconds on the README's long session); an open shell builds it at its second search and keeps it.
     */
    boolean indexForSearch() {
        return !restored || searches++ > 0;
    }

    long size() {
        return store != null ? store.size() : earlierCount + since.size();
    }

    /** Every event so far, searchable; reads the earlier ones the first time. */
    LogStore store() {
        if (store == null) {
            List<Event> before = earlier.get();
            if (before.size() != earlierCount) {
                throw new IllegalStateException("the snapshot's logs hold " + before.size() + " events, not "
                        + earlierCount);
            }
            LogStore all = new LogStore();
            before.forEach(all::add);
            since.forEach(all::add);
            store = all;
            earlier = null;
            since.clear();
        }
        return store;
    }

    List<Event> events() {
        return store().events();
    }

    /** The events the snapshot store does not hold yet, from position {@link #kept()} on. */
    List<Event> unkept() {
        return from(kept);
    }

    long kept() {
        return kept;
    }

    int keptAfter() {
        return keptAfter;
    }

    /** Notes that the snapshot store now holds every event so far, with the snapshot taken after {@code actions}. */
    void allKept(int actions) {
        kept = size();
        keptAfter = actions;
    }

    /** The events from position {@code from} on, without reading the earlier ones when they are not needed. */
    private List<Event> from(long from) {
        if (store == null && from >= earlierCount) {
            return List.copyOf(since.subList((int) Math.min(from - earlierCount, since.size()), since.size()));
        }
        List<Event> all = store().events();
        return List.copyOf(all.subList((int) Math.min(from, all.size()), all.size()));
    }
}
