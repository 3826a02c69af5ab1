package dev.nightshift.telemetry;

import dev.nightshift.scenario.BusinessHours;
import dev.nightshift.scenario.DailyProfile;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import dev.nightshift.sim.SeededRandom;

/**
 * When activities of one noise source happen: a Poisson process whose rate follows the office day in the
 * organisation's time zone (drawn by thinning: candidates at the peak rate, kept in proportion to the hour's share).
 */
final class Arrivals implements java.io.Serializable {

    private static final double SHOULDER = 0.3;
    private static final double QUIET = 0.04;
    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private final double peakPerMilli;
    private final DailyProfile profile;
    private final ZoneId zone;
    private final BusinessHours hours;
    private final SeededRandom random;

    Arrivals(int ratePerHour, DailyProfile profile, ZoneId zone, BusinessHours hours, SeededRandom random) {
        this.peakPerMilli = ratePerHour / MILLIS_PER_HOUR;
        this.profile = profile;
        this.zone = zone;
        this.hours = hours;
        this.random = random;
    }

    /** The first arrival strictly after {@code after} and not after {@code end}, or null when there is none. */
    Instant next(Instant after, Instant end) {
        if (peakPerMilli <= 0) {
            return null;
        }
        Instant t = after;
        while (true) {
            long gap = Math.max(1, Math.round(-Math.log(1 - random.nextDouble()) / peakPerMilli));
            t = t.plusMillis(gap);
            if (t.isAfter(end)) {
                return null;
            }
            if (random.nextDouble() < share(t)) {
                return t;
            }
        }
    }

    /** The share of the peak rate at {@code t}, between 0 and 1. */
    double share(Instant t) {
        double office = officeShare(t.atZone(zone));
        return switch (profile) {
            case BUSINESS_HOURS -> office;
            case NIGHT -> 1.0 - office + QUIET;
            case FLAT -> 1.0;
            case OFFICE -> officeDay(t.atZone(zone));
        };
    }

    /** The office day with a morning ramp, a lunch dip, an evening tail, a night trickle and quiet weekends. */
    private double officeDay(ZonedDateTime local) {
        boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        double minutes = local.getHour() * 60 + local.getMinute();
        double opens = hours.opens().toSecondOfDay() / 60.0;
        double closes = hours.closes().toSecondOfDay() / 60.0;
        double share;
        if (minutes < opens - 90 || minutes > closes + 180) {
            share = QUIET;
        } else if (minutes < opens + 60) {
            share = QUIET + (1 - QUIET) * Math.max(0, (minutes - (opens - 90)) / 150.0);
        } else if (minutes > closes - 30) {
            share = Math.max(QUIET, 1 - (minutes - (closes - 30)) / 210.0);
        } else {
            share = 1.0;
        }
        if (minutes >= 12 * 60 && minutes < 13 * 60 + 30) {
            share *= minutes < 12 * 60 + 30 || minutes >= 13 * 60 ? 0.7 : 0.45;
        }
        return weekend ? Math.min(share, 0.06) : share;
    }

    private double officeShare(ZonedDateTime local) {
        if (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return QUIET;
        }
        if (hours.isOpen(local)) {
            return 1.0;
        }
        LocalTime time = local.toLocalTime();
        boolean shoulder = time.isAfter(hours.opens().minusHours(1)) && time.isBefore(hours.closes().plusHours(2));
        return shoulder ? SHOULDER : QUIET;
    }
}
