package dev.nightshift.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import dev.nightshift.sim.SeededRandom;

/** Small random draws shared by the generators: logon ids, GUIDs, ports, pauses. */
final class Draws {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Draws() {
    }

    static <T> T pick(List<T> items, SeededRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    /** A Windows logon id such as {@code 0x3a7f21c}. */
    static String logonId(SeededRandom random) {
        return "0x" + Long.toHexString(0x100000L + random.nextLong(0xFFFFFFFL));
    }

    /** A GUID in braces, as Windows writes {@code LogonGuid}. */
    static String guid(SeededRandom random) {
        long hi = random.nextLong();
        long lo = random.nextLong();
        char[] out = new char[38];
        out[0] = '{';
        int at = 1;
        for (int i = 0; i < 32; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                out[at++] = '-';
            }
            long word = i < 16 ? hi : lo;
            out[at++] = HEX[(int) (word >>> (60 - 4 * (i % 16))) & 0xf];
        }
        out[37] = '}';
        return new String(out);
    }

    /**
     * A Windows process id: a multiple of four, drawn alike for every process, a service's or a user's, benign or not,
     * since a machine up for days has handed out small and large ids to both.
     */
    static int pid(SeededRandom random) {
        return 4 * (100 + random.nextInt(12_400));
    }

    /** The id a long-running process of {@code key} (a user's shell, an agent) keeps on a host, in the same range. */
    static int pid(String key) {
        return 4 * (100 + Math.floorMod(key.hashCode() * 0x9E3779B1, 12_400));
    }

    /** An ephemeral client port. */
    static int port(SeededRandom random) {
        return 49152 + random.nextInt(16384);
    }

    /** An instant uniformly between {@code from + min} and {@code from + max}, in whole milliseconds. */
    static Instant after(Instant from, Duration min, Duration max, SeededRandom random) {
        long lo = min.toMillis();
        long hi = max.toMillis();
        return from.plusMillis(hi > lo ? lo + random.nextLong(hi - lo + 1) : lo);
    }

    /** A client name as Windows shows an unmanaged machine: {@code DESKTOP-} and seven letters or digits. */
    static String desktopName(SeededRandom random) {
        StringBuilder out = new StringBuilder("DESKTOP-");
        for (int i = 0; i < 7; i++) {
            out.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return out.toString();
    }

    /** An OpenSSH key fingerprint body (43 base64 characters after {@code SHA256:}). */
    static String fingerprint(SeededRandom random) {
        StringBuilder out = new StringBuilder("SHA256:");
        for (int i = 0; i < 43; i++) {
            out.append(BASE64.charAt(random.nextInt(BASE64.length())));
        }
        return out.toString();
    }
}
