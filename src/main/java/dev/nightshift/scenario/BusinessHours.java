package dev.nightshift.scenario;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/** The office's working day, Monday to Friday, in the organisation's time zone. */
public record BusinessHours(LocalTime opens, LocalTime closes) implements java.io.Serializable {

    public BusinessHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("business hours must open before they close, got " + opens + "-" + closes);
        }
    }

    /** Whether the office is open at this local time. */
    public boolean isOpen(ZonedDateTime time) {
        if (time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        LocalTime local = time.toLocalTime();
        return !local.isBefore(opens) && local.isBefore(closes);
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
