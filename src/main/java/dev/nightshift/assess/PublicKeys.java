package dev.nightshift.assess;

import java.security.PublicKey;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/** OpenSSH public key lines ({@code ssh-ed25519 AAAA... comment}): parsed and compared. */
final class PublicKeys {

    private PublicKeys() {
    }

    /** The key of an OpenSSH public key line, or null when the line is not one. */
    static PublicKey parse(String line) {
        try {
            AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
            return entry == null ? null : entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (java.io.IOException | java.security.GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the key a client offered is the one of {@code line}. */
    static boolean same(String line, PublicKey offered) {
        PublicKey stored = line == null ? null : parse(line);
        return stored != null && KeyUtils.compareKeys(stored, offered);
    }

    /** The key's SHA-256 fingerprint as {@code ssh-keygen -l} prints it. */
    static String fingerprint(String line) {
        PublicKey key = parse(line);
        return key == null ? "?" : KeyUtils.getFingerPrint(key);
    }
}
