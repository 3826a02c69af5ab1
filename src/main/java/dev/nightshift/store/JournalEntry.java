package dev.nightshift.store;

import java.util.Objects;

/**
 * One entry of a session's journal: its sequence number (from 1), the encoded action, and the wall-clock millisecond
 * it was written (epoch milliseconds; null for entries written before the journal recorded wall time).
 */
public record JournalEntry(int seq, String action, Long wallMillis) {

    public JournalEntry {
        Objects.requireNonNull(action, "action");
        if (seq < 1) {
            throw new IllegalArgumentException("journal entries count from 1, got " + seq);
        }
    }
}
