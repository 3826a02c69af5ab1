package dev.nightshift.result;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The proctor's secret, the HMAC key results are signed under: from a file ({@code --secret-file}, its text without
 * the line break at its end) or from the environment variable {@code NIGHTSHIFT_PROCTOR_SECRET}. At least
 * {@value #MIN_LENGTH} bytes. Its {@link #keyId} names it in a signature without giving it away.
 */
public final class ProctorSecret {

    /** The environment variable a secret is read from when no file is given. */
    public static final String VARIABLE = "NIGHTSHIFT_PROCTOR_SECRET";
    static final int MIN_LENGTH = 16;
    private final byte[] key;
    private final String source;

    private ProctorSecret(byte[] key, String source) {
        if (key.length < MIN_LENGTH) {
            throw new ResultException("the proctor secret in " + source + " is " + key.length + " bytes long; use at"
                    + " least " + MIN_LENGTH + " (for example: openssl rand -hex 32)");
        }
        this.key = key.clone();
        this.source = source;
    }

    /** A secret given as text (UTF-8), named {@code source} in messages. */
    public static ProctorSecret of(String secret, String source) {
        return new ProctorSecret(secret.getBytes(StandardCharsets.UTF_8), source);
    }

    /** The secret in {@code file}, or else in {@code environmentValue} (the variable's value, null when unset). */
    public static ProctorSecret from(Path file, String environmentValue) {
        if (file != null) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ResultException("cannot read the proctor secret file " + file + ": "
                        + (Files.exists(file) ? "it is not readable text" : "it does not exist")
                        + "; give a file holding the secret, or set " + VARIABLE);
            }
            return new ProctorSecret(text.replaceFirst("\\r?\\n\\z", "").getBytes(StandardCharsets.UTF_8),
                    "the file " + file);
        }
        if (environmentValue == null || environmentValue.isEmpty()) {
            throw new ResultException("no proctor secret: set " + VARIABLE + " or pass --secret-file FILE");
        }
        return new ProctorSecret(environmentValue.getBytes(StandardCharsets.UTF_8), VARIABLE);
    }

    /** Where the secret came from, for messages. */
    public String source() {
        return source;
    }

    /** {@code sha256:} and the first 16 hex digits of the secret's SHA-256: names the key, cannot recover it. */
    public String keyId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    byte[] key() {
        return key.clone();
    }
}
