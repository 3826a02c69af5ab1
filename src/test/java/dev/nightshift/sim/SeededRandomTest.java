package dev.nightshift.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** SeededRandom must draw what SplittableRandom draws (every golden file depends on it), and survive a snapshot. */
class SeededRandomTest {

    /** Draws one value of each kind the simulation uses, with bounds taken from {@code shape}. */
    private static String draw(RandomGenerator r, int kind, int shape) {
        int bound = Math.max(1, Math.abs(shape));
        return switch (kind) {
            case 0 -> Integer.toString(r.nextInt());
            case 1 -> Long.toString(r.nextLong());
            case 2 -> Integer.toString(r.nextInt(bound));
            case 3 -> Integer.toString(r.nextInt(-bound, bound));
            case 4 -> Long.toString(r.nextLong(bound * 1_000_003L));
            case 5 -> Long.toString(r.nextLong(-bound, bound * 7L));
            case 6 -> Double.toString(r.nextDouble());
            case 7 -> Double.toString(r.nextDouble(bound));
            case 8 -> Double.toString(r.nextDouble(-bound, bound));
            case 9 -> Boolean.toString(r.nextBoolean());
            case 10 -> Double.toString(r.nextGaussian());
            default -> Double.toString(r.nextExponential());
        };
    }

    @Property(tries = 300)
    void drawsWhatSplittableRandomDraws(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int length,
                                        @ForAll int shape) {
        SplittableRandom expected = new SplittableRandom(seed);
        SeededRandom actual = new SeededRandom(seed);
        for (int i = 0; i < length; i++) {
            int kind = Math.floorMod(shape * 31 + i * 7, 12);
            int bound = shape ^ (i * 0x9e3779b9);
            assertThat(draw(actual, kind, bound)).as("draw %d of kind %d", i, kind).isEqualTo(draw(expected, kind, bound));
        }
    }

    @Test
    void aSerialisedStreamGoesOnWhereItStopped() throws Exception {
        SeededRandom original = new SeededRandom(42);
        for (int i = 0; i < 1000; i++) {
            original.nextInt(17);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        SeededRandom copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SeededRandom) in.readObject();
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(copy.nextLong()).isEqualTo(original.nextLong());
        }
    }
}
