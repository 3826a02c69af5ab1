package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parsesWhatTraineesType() {
        assertThat(Durations.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse(" 2H ")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("30d")).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void rejectsWhatIsNotADuration() {
        for (String bad : new String[] {"", "15", "m", "15x", "1h 30m", "0m", "-5m", "15m30", "30m1h"}) {
            assertThatThrownBy(() -> Durations.parse(bad)).as(bad)
                    .isInstanceOf(BadInputException.class).hasMessageContaining("15m");
        }
    }

    @Property
    void formattedHoursAndMinutesParseBack(@ForAll @IntRange(min = 0, max = 99) int h,
                                           @ForAll @IntRange(min = 1, max = 59) int m) {
        assertThat(Durations.parse(h + "h" + m + "m")).isEqualTo(Duration.ofMinutes(h * 60L + m));
    }

    @Property
    void arbitraryTextNeverThrowsAnythingButBadInput(@ForAll String text) {
        try {
            assertThat(Durations.parse(text)).isPositive();
        } catch (BadInputException expected) {
            assertThat(expected.getMessage()).contains("not a duration");
        }
    }
}
