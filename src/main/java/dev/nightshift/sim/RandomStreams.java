package dev.nightshift.sim;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * One root seed split into independent named streams: each source and each attack stage draws from its
 * own stream, so adding a source never changes what another source emits.
 */
public final class RandomStreams implements java.io.Serializable {

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The seed of the stream called {@code name}: a mix of the root seed and the name's bytes. */
    public long seedOf(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(seed ^ mix(h));
    }

    /** A fresh stream for {@code name}; the same name and root seed always give the same sequence. */
    public SeededRandom stream(String name) {
        return new SeededRandom(seedOf(name));
    }

    /** A fresh {@link Random} for {@code name}, for libraries (such as Datafaker) that need one. */
    public Random random(String name) {
        return new Random(seedOf(name));
    }

    /** A child family of streams, e.g. {@code child("stage:spray")}, itself split by name. */
    public RandomStreams child(String name) {
        return new RandomStreams(seedOf(name));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
