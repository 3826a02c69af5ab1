package dev.nightshift.serve;

import dev.nightshift.assess.Assessments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The SSH server of {@code nightshift serve}: candidates log in with their token or key and get their shell; no
 * command execution, no file transfer, no forwarding. The host key is generated once into {@code hostKey} (0600).
 */
public final class ProctorServer implements AutoCloseable {

    private final SshServer sshd;
    private final Room room;
    private final String fingerprint;

    private ProctorServer(SshServer sshd, Room room, String fingerprint) {
        this.sshd = sshd;
        this.room = room;
        this.fingerprint = fingerprint;
    }

    /** Starts serving on {@code bind}:{@code port} (0: any free port). */
    public static ProctorServer start(Assessments assessments, Commands commands, String bind, int port, Path hostKey)
            throws IOException {
        Files.createDirectories(hostKey.toAbsolutePath().getParent());
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        KeyPair key = keys.loadKeys(null).iterator().next();
        try {
            Files.setPosixFilePermissions(hostKey, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions keeps the key as its defaults say
        }
        Room room = new Room(assessments, commands);
        Logins logins = new Logins(assessments);
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(bind);
        sshd.setPort(port);
        sshd.setKeyPairProvider(keys);
        sshd.setPasswordAuthenticator(logins);
        sshd.setPublickeyAuthenticator(logins);
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setShellFactory(channel -> new CandidateChannel(room));
        sshd.start();
        room.resumeTimers();
        return new ProctorServer(sshd, room, KeyUtils.getFingerPrint(key.getPublic()));
    }

    /** The port it listens on. */
    public int port() {
        return sshd.getPort();
    }

    /** The host key's SHA-256 fingerprint, for candidates to check on their first connection. */
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public void close() throws IOException {
        room.close();
        sshd.stop(true);
    }
}
