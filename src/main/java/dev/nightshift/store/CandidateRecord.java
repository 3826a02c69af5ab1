package dev.nightshift.store;

import java.util.Objects;

/**
 * A stored candidate of an assessment: their name, variant number and seed, how they log in (the SHA-256 hash of a
 * one-time token, or an OpenSSH public key), and once they have logged in, their session and the wall-clock
 * millisecond it began.
 */
public record CandidateRecord(String assessmentId, String name, int variant, long seed, String tokenHash,
                              String publicKey, String sessionId, Long startedMillis) {

    public CandidateRecord {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(name, "name");
        if ((tokenHash == null) == (publicKey == null)) {
            throw new IllegalArgumentException("a candidate logs in with a token or with a public key, not both or neither");
        }
    }

    /** The login a candidate types: {@code A-0001.alice}. */
    public String login() {
        return assessmentId + "." + name;
    }
}
