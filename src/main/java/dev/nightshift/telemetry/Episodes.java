package dev.nightshift.telemetry;

import java.time.Instant;
import dev.nightshift.sim.SeededRandom;

/** Places a look-alike's episodes in the shift: each at a random instant (inside office hours, or at night), run lazily when due. */
final class Episodes {

    private Episodes() {
    }

    /** One episode, run at its instant; kept in a shift's snapshot while it waits. */
    @FunctionalInterface
    interface Episode extends java.io.Serializable {
        void run(Instant at);
    }

    /** Schedules {@code count} runs of {@code episode}; {@code office} chooses office hours over the night. */
    static void schedule(Context c, int count, boolean office, SeededRandom random, Episode episode) {
        long span = Math.max(1, c.end.toEpochMilli() - c.start.toEpochMilli() - 600_000);
        for (int i = 0; i < count; i++) {
            Instant at = c.start.plusMillis(random.nextLong(span));
            for (int tries = 0; tries < 200 && office != c.world.businessHours().isOpen(at.atZone(c.world.timeZone())); tries++) {
                at = c.start.plusMillis(random.nextLong(span));
            }
            c.schedule.at(at, (time, containment) -> {
                episode.run(time);
                return null;
            });
        }
    }
}
