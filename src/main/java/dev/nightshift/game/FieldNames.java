package dev.nightshift.game;

import dev.nightshift.search.LogStore;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The field names of the logs collected so far, for completing a search as it is typed: learned from the events
 * not looked at yet each time it is asked, so a long shift pays for each event once. Field names only, never the
 * truth beside an event.
 */
final class FieldNames {

    private final SortedSet<String> names = new TreeSet<>();
    private int scanned;

    SortedSet<String> of(LogStore logs) {
        for (; scanned < logs.size(); scanned++) {
            names.addAll(logs.get(scanned).fields().keySet());
        }
        return Collections.unmodifiableSortedSet(names);
    }
}
