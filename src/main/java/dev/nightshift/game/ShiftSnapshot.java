package dev.nightshift.game;

import dev.nightshift.telemetry.TelemetryStream;
import dev.nightshift.world.World;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A shift's whole state but its logs, as bytes: the world, the telemetry stream where it stands (every generator's
 * random stream and pending step), the correlation windows, the queue, containment, clock, feeds and hints. A shift
 * restored from it goes on exactly as the shift it was taken from ({@code ShiftSnapshotTest} plays both side by side
 * over every shipped scenario). Only the build that wrote a snapshot reads it: another build may generate otherwise,
 * and then the journal is replayed, as it is whenever a snapshot cannot be read.
 */
public final class ShiftSnapshot {

    /** What a snapshot holds; {@code engine} is the detection engine's correlation state (null: a fresh engine). */
    record State(World world, TelemetryStream stream, Serializable engine, Instant now, ContainmentState containment,
                 AlertQueue alerts, Instant traineeEndedAt, IntelFeeds feeds, boolean hintsAllowed, int hintsTaken,
                 long events) implements Serializable {
    }

    /** Only our own classes and the JDK's may be read back: a snapshot is data, never a way to run other code. */
    private static final ObjectInputFilter ONLY_OURS = ObjectInputFilter.Config.createFilter(
            "maxdepth=2000;dev.nightshift.**;java.**;!*");

    private static final String BUILD = build();

    private ShiftSnapshot() {
    }

    /** The build whose classes write and read snapshots: the size and time of its jar (or of its compiled Shift). */
    static String build() {
        try {
            java.net.URL source = Shift.class.getProtectionDomain().getCodeSource().getLocation();
            java.nio.file.Path path = java.nio.file.Path.of(source.toURI());
            if (java.nio.file.Files.isDirectory(path)) {
                path = path.resolve("dev/nightshift/game/Shift.class");
            }
            return java.nio.file.Files.size(path) + "-" + java.nio.file.Files.getLastModifiedTime(path).toMillis();
        } catch (IOException | RuntimeException | java.net.URISyntaxException unknown) {
            return "unknown-" + ShiftSnapshot.class.hashCode();
        }
    }

    static String currentBuild() {
        return BUILD;
    }

    static byte[] write(State state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(bytes, deflater, 1 << 16), 1 << 16))) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** The state {@link #write} wrote, or empty when the bytes cannot be read as one (then the journal is replayed). */
    static Optional<State> read(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(bytes)), 1 << 16))) {
            in.setObjectInputFilter(ONLY_OURS);
            return Optional.of((State) in.readObject());
        } catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The digest of the journal's first {@code upTo} entries, which a snapshot taken after them names. */
    static String digest(List<String> journal, int upTo) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < upTo; i++) {
                sha.update(journal.get(i).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
