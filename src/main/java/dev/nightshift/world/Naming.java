package dev.nightshift.world;

import java.util.Locale;
import dev.nightshift.sim.SeededRandom;

/**
 * How one run's organisation names its hosts and draws its addresses: as its scenario wrote it (variant 0), or as a
 * numbered variant of an assessment, whose site code, internal networks and external range no other number shares.
 * A variant draws the same random values as variant 0 and only places them elsewhere, so the seed still decides
 * everything else.
 */
final class Naming implements java.io.Serializable {

    private static final int SITE_CODES = 26 * 26 * 26;
    private final int variant;
    private final String site;

    private Naming(int variant) {
        this.variant = variant;
        this.site = variant == 0 ? "" : siteCode(variant);
    }

    static Naming of(int variant) {
        return new Naming(variant);
    }

    /**
     * Three letters for variant {@code n}: n runs through the codes by a step prime to their count, so every number
     * up to 17,576 has its own code and neighbouring numbers look nothing alike.
     */
    static String siteCode(int n) {
        int k = (int) (((n - 1L) * 7919 + 4321) % SITE_CODES);
        char[] code = new char[3];
        for (int i = 2; i >= 0; i--) {
            code[i] = (char) ('A' + k % 26);
            k /= 26;
        }
        return new String(code);
    }

    /** A Windows host's name: {@code DC01}, or {@code KXR-DC01} in a variant. */
    String windowsHost(String base) {
        return variant == 0 ? base : site + "-" + base;
    }

    /** A Linux host's name, in lower case as Linux hosts are named. */
    String linuxHost(String base) {
        return variant == 0 ? base : site.toLowerCase(Locale.ROOT) + "-" + base;
    }

    /** The second octet of the head office's 10/8 networks: the drawn one, or the variant's own. */
    int secondOctet(int drawn) {
        return variant == 0 ? drawn : 10 + variant - 1;
    }

    /** Branch {@code n}'s network: beside the head office's in a variant, so it stays inside the variant's /16. */
    Subnet branch(int headSecond, int n, int drawnThird) {
        if (variant == 0) {
            return Subnet.of(10, (headSecond + 16 * n) & 0xff, drawnThird, 0, 24);
        }
        return Subnet.of(10, headSecond, 200 + n, 0, 24);
    }

    /**
     * An external address: in one of the {@code documentation} ranges (RFC 5737), or in a variant in its own /23 of
     * the benchmarking range 198.18.0.0/15 (RFC 2544), which no real host uses either.
     */
    String externalAddress(SeededRandom random, Subnet[] documentation) {
        int range = random.nextInt(documentation.length);
        int host = 1 + random.nextInt(254);
        if (variant == 0) {
            return documentation[range].address(host);
        }
        int slot = variant - 1;
        return "198." + (18 + slot / 128) + "." + ((slot % 128) * 2 + (range & 1)) + "." + host;
    }
}
