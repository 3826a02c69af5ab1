package dev.nightshift.sim;

import java.io.Serial;
import java.io.Serializable;
import java.util.random.RandomGenerator;

/**
 * One named random stream: the SplitMix64 generator (Steele, Lea and Flood) with the fixed golden-ratio step, so
 * it draws exactly what {@code new dev.nightshift.sim.SeededRandom(seed)} draws for every method the simulation uses
 * ({@code SeededRandomTest} checks that), but its state is one number that a shift's snapshot can keep: a shift
 * restored from a snapshot draws on where the original left off.
 */
public final class SeededRandom implements RandomGenerator, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final long GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    public SeededRandom(long seed) {
        this.state = seed;
    }

    @Override
    public long nextLong() {
        long z = state += GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public int nextInt() {
        long z = state += GAMMA;
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }
}
