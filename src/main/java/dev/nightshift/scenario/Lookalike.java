package dev.nightshift.scenario;

/**
 * A benign activity built to trip a rule, played {@code count} times during the shift, each episode of
 * {@code size} tries, files, hosts or accounts (see {@link LookalikeSpec#size()}; 1 for kinds without a size).
 */
public record Lookalike(String kind, int count, int size) implements java.io.Serializable {

    public Lookalike {
        LookalikeSpec spec = Vocabulary.lookalike(kind).orElseThrow(() -> new IllegalArgumentException("unknown look-alike " + kind));
        if (count < 0 || count > 1000) {
            throw new IllegalArgumentException("look-alike count must be between 0 and 1000, got " + count);
        }
        long min = spec.size() == null ? 1 : spec.size().min();
        long max = spec.size() == null ? 1 : spec.size().max();
        if (size < min || size > max) {
            throw new IllegalArgumentException("look-alike size must be between " + min + " and " + max + ", got " + size);
        }
    }
}
