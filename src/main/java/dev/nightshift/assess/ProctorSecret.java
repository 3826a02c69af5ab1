package dev.nightshift.assess;

import dev.nightshift.game.GameException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The proctor's secret, the key of every candidate's seed: {@code NIGHTSHIFT_PROCTOR_SECRET} when set, otherwise the
 * file {@code proctor-secret} under {@code $NIGHTSHIFT_HOME}, written once with 32 random bytes and permissions 0600.
 * Whoever holds it can recompute every variant, so nightshift refuses a file that others can read.
 */
public final class ProctorSecret {

    public static final String ENVIRONMENT = "NIGHTSHIFT_PROCTOR_SECRET";
    public static final String FILE = "proctor-secret";
    private static final int MIN_LENGTH = 16;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private final byte[] key;

    private ProctorSecret(byte[] key) {
        this.key = key.clone();
    }

    /** A secret given as text (tests, and the environment variable). */
    public static ProctorSecret of(String text) {
        if (text.length() < MIN_LENGTH) {
            throw GameException.badInput(ENVIRONMENT + " is " + text.length() + " characters long; a proctor secret"
                    + " needs at least " + MIN_LENGTH + " (32 random hex digits will do)");
        }
        return new ProctorSecret(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The secret from the environment, or from (and at first into) the home's file. */
    public static ProctorSecret load(Path home, String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return of(fromEnvironment.strip());
        }
        Path file = home.resolve(FILE);
        try {
            Files.createDirectories(home);
            if (!Files.exists(file)) {
                create(file);
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw GameException.refused("the proctor secret " + file + " can be read by others ("
                        + PosixFilePermissions.toString(permissions) + "); make it private with: chmod 600 " + file);
            }
            return of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (UnsupportedOperationException e) {
            throw GameException.refused("this file system cannot keep " + file + " private; set " + ENVIRONMENT
                    + " instead");
        } catch (IOException e) {
            throw GameException.refused("cannot read or write the proctor secret " + file + " (" + e.getMessage()
                    + "); check the permissions of " + home + ", or set " + ENVIRONMENT);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random); // a secret, not a simulation: it must not come from a seed
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException raced) {
            return; // another process wrote it first: use theirs
        }
        Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
    }

    byte[] key() {
        return key.clone();
    }
}
