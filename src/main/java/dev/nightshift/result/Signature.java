package dev.nightshift.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a result and checks one: HMAC-SHA256 under the proctor secret over the result's {@link Canonical} bytes, so
 * that any change to any field, added field or removed one after signing is found by whoever holds the secret.
 */
public final class Signature {

    /** The only algorithm results are signed with. */
    public static final String ALGORITHM = "HMAC-SHA256";

    private Signature() {
    }

    /**
     * The seal of a signed result: the algorithm, the key id of the secret ({@link ProctorSecret#keyId}) and the
     * HMAC as lowercase hex.
     */
    public record Seal(String algorithm, String key, String value) {
    }

    /** The verdict on one file: whether it is an untouched signed result, one sentence saying why, and the result. */
    public record Verification(boolean verified, String sentence, ResultFile result) {
    }

    static Seal seal(JsonNode unsigned, ProctorSecret secret) {
        return new Seal(ALGORITHM, secret.keyId(), HexFormat.of().formatHex(mac(Canonical.bytes(unsigned), secret)));
    }

    /**
     * Checks the file at {@code path} against {@code secret}. A file that is missing or unreadable is an error
     * ({@link ResultException}); anything else gets a verdict: not JSON, not a result, unsigned, signed under another
     * secret or changed since it was signed are all not verified.
     */
    public static Verification verify(Path path, ProctorSecret secret) {
        JsonNode tree;
        try {
            tree = ResultFile.tree(path);
        } catch (ResultException e) {
            if (!java.nio.file.Files.isReadable(path)) {
                throw e;
            }
            return refused(e.getMessage());
        }
        return verify(tree, secret, path.toString());
    }

    /** Checks a parsed result; {@code name} names it in the sentence. */
    public static Verification verify(JsonNode tree, ProctorSecret secret, String name) {
        if (!tree.isObject() || !ResultFile.FORMAT.equals(tree.path("format").asText(null))) {
            return refused(name + " is not a nightshift result: it has no \"format\": \"" + ResultFile.FORMAT + "\"");
        }
        JsonNode seal = tree.path(ResultFile.SIGNATURE);
        if (!seal.isObject()) {
            return refused(name + " carries no signature, so nothing vouches for it");
        }
        if (!ALGORITHM.equals(seal.path("algorithm").asText(null))) {
            return refused(name + " names the algorithm " + seal.path("algorithm") + ", not \"" + ALGORITHM
                    + "\", so its signature cannot be checked");
        }
        if (!secret.keyId().equals(seal.path("key").asText(null))) {
            return refused(name + " was signed under the key " + seal.path("key") + ", not under " + secret.keyId()
                    + " (the proctor secret from " + secret.source() + ")");
        }
        byte[] expected = mac(Canonical.bytes(tree), secret);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(seal.path("value").asText(""));
        } catch (IllegalArgumentException e) {
            given = new byte[0];
        }
        if (!seal.path("value").isTextual() || !MessageDigest.isEqual(expected, given)) {
            return refused(name + " was changed after it was signed: its content does not match its signature");
        }
        ResultFile result;
        try {
            result = ResultFile.fromTree(tree, name);
        } catch (ResultException e) {
            return refused(e.getMessage());
        }
        ResultFile.Session s = result.session();
        return new Verification(true, "verified: " + name + " is untouched since it was signed under " + secret.keyId()
                + " (session " + s.id() + ", " + s.scenario() + ", " + s.role() + ", seed " + s.seed()
                + (s.candidate() == null ? "" : ", candidate " + s.candidate()) + ", total " + result.total() + "/100)",
                result);
    }

    private static Verification refused(String sentence) {
        return new Verification(false, "not verified: " + sentence, null);
    }

    private static byte[] mac(byte[] bytes, ProctorSecret secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            return mac.doFinal(bytes);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("this Java cannot compute HMAC-SHA256", e);
        }
    }
}
