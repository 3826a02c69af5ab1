package dev.nightshift.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    private static final Instant START = Instant.parse("2026-03-10T08:30:00Z");

    @Test
    void timeMovesOnlyWhenAdvanced() {
        ManualClock clock = new ManualClock(START);
        assertThat(clock.now()).isEqualTo(START);
        assertThat(clock.now()).isEqualTo(START);
        clock.advance(Duration.ofMinutes(15));
        assertThat(clock.now()).isEqualTo(Instant.parse("2026-03-10T08:45:00Z"));
        clock.advanceTo(Instant.parse("2026-03-10T09:00:00Z"));
        assertThat(clock.now()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
    }

    @Test
    void refusesToRunBackwards() {
        ManualClock clock = new ManualClock(START);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).hasMessageContaining("back");
        assertThatThrownBy(() -> clock.advanceTo(START.minusSeconds(1))).hasMessageContaining("back");
        assertThat(clock.now()).isEqualTo(START);
    }

    @Test
    void pacedClockFollowsWallTimeTimesFactor() {
        long[] nanos = {1_000L};
        PacedClock clock = new PacedClock(START, 60, () -> nanos[0]);
        assertThat(clock.now()).isEqualTo(START);
        nanos[0] += Duration.ofSeconds(2).toNanos();
        assertThat(clock.now()).isEqualTo(START.plus(Duration.ofMinutes(2)));
    }

    @Test
    void pacedClockRejectsNonPositiveFactor() {
        assertThatThrownBy(() -> new PacedClock(START, 0, () -> 0L)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new PacedClock(START, Double.NaN, () -> 0L)).hasMessageContaining("positive");
    }
}
