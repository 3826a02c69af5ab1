package dev.nightshift.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.sim.SeededRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    @Test
    void sameSeedAndNameGiveTheSameSequence() {
        long[] a = draw(new RandomStreams(7).stream("noise:windows"));
        long[] b = draw(new RandomStreams(7).stream("noise:windows"));
        assertThat(a).containsExactly(b);
    }

    @Test
    void streamsAreIndependentByNameAndSeed() {
        assertThat(draw(new RandomStreams(7).stream("noise:windows")))
                .isNotEqualTo(draw(new RandomStreams(7).stream("noise:sshd")))
                .isNotEqualTo(draw(new RandomStreams(8).stream("noise:windows")));
    }

    @Test
    void addingAStreamDoesNotChangeAnother() {
        RandomStreams streams = new RandomStreams(42);
        long[] before = draw(streams.stream("stage:spray"));
        streams.stream("a-new-source").nextLong();
        assertThat(draw(streams.stream("stage:spray"))).containsExactly(before);
    }

    @Test
    void knownValueIsStableAcrossJvms() {
        assertThat(new RandomStreams(7).seedOf("world")).isEqualTo(new RandomStreams(7).seedOf("world"));
        assertThat(new RandomStreams(7).child("stage").seedOf("x"))
                .isEqualTo(new RandomStreams(new RandomStreams(7).seedOf("stage")).seedOf("x"));
        assertThat(new RandomStreams(7).random("faker").nextInt())
                .isEqualTo(new RandomStreams(7).random("faker").nextInt());
    }

    private static long[] draw(SeededRandom random) {
        return LongStream.range(0, 8).map(i -> random.nextLong()).toArray();
    }
}
