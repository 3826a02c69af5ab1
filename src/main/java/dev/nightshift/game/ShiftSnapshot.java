package dev.nightshift.game;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.EventCodec;
import dev.nightshift.telemetry.TelemetryStream;
import dev.nightshift.world.World;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
import java.util.ArrayList;
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

    /**
     * What a snapshot holds; {@code engine} is the detection engine's correlation state, and it and {@code hints}
     * are null in a fresh shift's.
     */
    record State(World world, TelemetryStream stream, Serializable engine, Instant now, ContainmentState containment,
                 AlertQueue alerts, Instant traineeEndedAt, IntelFeeds feeds, Hints hints,
                 java.util.TreeMap<String, java.util.TreeSet<String>> attackHosts, long events) implements Serializable {
    }

    /** Only our own classes and the JDK's may be read back: a snapshot is data, never a way to run other code. */
    private static final ObjectInputFilter ONLY_OURS = ObjectInputFilter.Config.createFilter(
            "maxdepth=2000;dev.nightshift.**;java.**;!*");

    private static final String BUILD = build();
    /** The layout of the bytes: the events' run, then the rest. */
    private static final int FORMAT = 2;

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

    /**
     * The state as bytes: its events (in the queue's alerts, the correlation windows, a stage's plan) apart, in one
     * compact run ({@link EventCodec}), and the rest by Java serialization, each event there a reference into the run.
     */
    static byte[] write(State state) {
        List<Event> events = new ArrayList<>();
        ByteArrayOutputStream graph = new ByteArrayOutputStream(1 << 16);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (ObjectOutputStream out = new EventsApart(new BufferedOutputStream(
                new DeflaterOutputStream(graph, deflater, 1 << 16), 1 << 16), events)) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        byte[] run = EventCodec.encode(events);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 + run.length + graph.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(run.length);
            out.write(run);
            graph.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The state {@link #write} wrote, or empty when the bytes cannot be read as one (then the journal is replayed). */
    static Optional<State> read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            byte[] run = new byte[in.readInt()];
            in.readFully(run);
            List<Event> events = EventCodec.decode(run);
            try (ObjectInputStream graph = new EventsBack(new BufferedInputStream(new InflaterInputStream(in), 1 << 16),
                    events)) {
                graph.setObjectInputFilter(ONLY_OURS);
                return Optional.of((State) graph.readObject());
            }
        } catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** An event of the state, by its position in the run written beside it. */
    private record EventRef(int position) implements Serializable {
    }

    /** A snapshot's object stream being written: a class that writes many events may write just their positions. */
    interface EventPositions {
        /** The position of the event in the run written beside the state (the same for the same event). */
        int position(Event event);
    }

    /** A snapshot's object stream being read: the event at a position that {@link EventPositions} gave. */
    interface EventsByPosition {
        Event event(int position) throws java.io.InvalidObjectException;
    }

    /** Writes each event (once, however often the state refers to it) as a position, collecting it in order. */
    private static final class EventsApart extends ObjectOutputStream implements EventPositions {
        private final List<Event> events;
        private final java.util.IdentityHashMap<Event, Integer> positions = new java.util.IdentityHashMap<>();

        EventsApart(java.io.OutputStream out, List<Event> events) throws IOException {
            super(out);
            this.events = events;
            enableReplaceObject(true);
        }

        @Override
        public int position(Event event) {
            Integer known = positions.get(event);
            if (known != null) {
                return known;
            }
            events.add(event);
            positions.put(event, events.size() - 1);
            return events.size() - 1;
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj instanceof Event event ? new EventRef(position(event)) : obj;
        }
    }

    /** Reads the positions and references that {@link EventsApart} wrote back as the events of the run. */
    private static final class EventsBack extends ObjectInputStream implements EventsByPosition {
        private final List<Event> events;

        EventsBack(java.io.InputStream in, List<Event> events) throws IOException {
            super(in);
            this.events = events;
            enableResolveObject(true);
        }

        @Override
        public Event event(int position) throws java.io.InvalidObjectException {
            if (position < 0 || position >= events.size()) {
                throw new java.io.InvalidObjectException("a snapshot refers to event " + position + " of "
                        + events.size());
            }
            return events.get(position);
        }

        @Override
        protected Object resolveObject(Object obj) throws IOException {
            return obj instanceof EventRef ref ? event(ref.position()) : obj;
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
