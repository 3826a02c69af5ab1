package dev.nightshift.telemetry;

import java.time.Instant;

/**
 * Fast UTC timestamps with milliseconds for the hot path of the generators: {@code 2026-03-10 08:30:00.000} (Sysmon's
 * {@code UtcTime}) or {@code 2026-03-10T08:30:00.000Z} (ISO-8601), computed with integer arithmetic instead of a formatter.
 */
final class Stamps {

    private Stamps() {
    }

    /** Sysmon's form: {@code yyyy-MM-dd HH:mm:ss.SSS}. */
    static String sysmon(Instant t) {
        return format(t.toEpochMilli(), ' ', false);
    }

    /** ISO-8601 in UTC with milliseconds and {@code Z}. */
    static String iso(Instant t) {
        return format(t.toEpochMilli(), 'T', true);
    }

    static String format(long epochMillis, char separator, boolean zulu) {
        long days = Math.floorDiv(epochMillis, 86_400_000L);
        int msOfDay = (int) Math.floorMod(epochMillis, 86_400_000L);
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        char[] out = new char[zulu ? 24 : 23];
        digits(out, 0, (int) year, 4);
        out[4] = '-';
        digits(out, 5, month, 2);
        out[7] = '-';
        digits(out, 8, day, 2);
        out[10] = separator;
        digits(out, 11, msOfDay / 3_600_000, 2);
        out[13] = ':';
        digits(out, 14, msOfDay / 60_000 % 60, 2);
        out[16] = ':';
        digits(out, 17, msOfDay / 1000 % 60, 2);
        out[19] = '.';
        digits(out, 20, msOfDay % 1000, 3);
        if (zulu) {
            out[23] = 'Z';
        }
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
