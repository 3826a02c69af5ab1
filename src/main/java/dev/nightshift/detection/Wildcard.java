package dev.nightshift.detection;

/**
 * A search pattern in which {@code *} matches any run of characters and every other character matches itself,
 * ignoring case, tested against a whole text in one pass: the time grows with the text's length times the pattern's,
 * never exponentially, however many {@code *} the pattern holds.
 */
public final class Wildcard {

    private final Glob glob;

    private Wildcard(Glob glob) {
        this.glob = glob;
    }

    public static Wildcard of(String pattern) {
        return new Wildcard(Glob.runsOnly(pattern));
    }

    public boolean matches(CharSequence text) {
        return glob.matches(text, true);
    }
}
