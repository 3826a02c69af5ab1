package dev.nightshift.assess;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A candidate's variant: the seed is HMAC-SHA256 under the proctor secret of the assessment id and the candidate's
 * name (its first 63 bits), and the scenario is played as the candidate's numbered variant ({@code id@N}), whose hosts
 * and addresses no other candidate of the assessment shares. The chain of stages, the difficulty, the rule pack and
 * the key stay the scenario's; who is hit, from where and when changes with the seed.
 */
public final class Variants {

    private Variants() {
    }

    /** The seed of {@code candidate} in {@code assessmentId}: the same for the same secret, unguessable without it. */
    public static long seed(ProctorSecret secret, String assessmentId, String candidate) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((assessmentId + "/" + candidate).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong() & Long.MAX_VALUE;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** The scenario reference of variant {@code number} of a bundled scenario: {@code ransomware-3am@7}. */
    public static String scenarioRef(String scenarioId, int number) {
        return scenarioId + "@" + number;
    }
}
