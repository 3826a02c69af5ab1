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

    /** The checksum stored beside an entry: CRC-32 of {@code seq:action} in UTF-8. */
    static long checksum(int seq, String action) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update((seq + ":" + action).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** The entry on the current row of a journal query; one whose checksum does not match is reported damaged. */
    static JournalEntry read(java.sql.ResultSet rs, String file, String sessionId) throws java.sql.SQLException {
        int seq = rs.getInt("seq");
        String action = rs.getString("action");
        long stored = rs.getLong("checksum");
        if (!rs.wasNull() && stored != checksum(seq, action)) {
            throw StoreException.damagedEntry(file, sessionId, seq);
        }
        return new JournalEntry(seq, action, (Long) rs.getObject("wall_at", Long.class));
    }
}
