package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.nightshift.scenario.ScenarioLibrary;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Searches as a hostile or careless trainee types them (runs of {@code *}, a {@code ~} that never matches, dozens of
 * terms) over all but the last minute of a played shift, each of which must answer within a fixed time.
 */
class HostileSearchPropertyTest {

    private static final Duration BUDGET = Duration.ofSeconds(2);
    private static final List<String> FIELDS = List.of("TargetUserName", "IpAddress", "EventID", "CommandLine",
            "WorkstationName", "host", "Missing");
    private static final List<String> WORDS = List.of("c.veum", "4625", "198.51.100.219", "rds01", "powershell",
            "10.", "a", "e", "-", "~", "mimikatz");

    private static Shift shift;

    @BeforeContainer
    static void playTheWholeShift() throws Exception {
        // at real-time pace searches cost no simulated time, so all 200 fit in the shift's last minute
        shift = Shift.open(ScenarioLibrary.bundled().load("tutorial-brute-force"), Role.ANALYST, 7, Pace.parse("realtime:60"));
        shift.catchUpTo(shift.end().minusSeconds(60));
        assertThat(shift.isOver()).isFalse();
        assertThat(shift.eventsSeen()).isGreaterThan(1_000);
    }

    @Property(tries = 200)
    void everySearchAnswersWithinTheBudget(@ForAll("queries") String query) {
        SearchResult result = assertTimeoutPreemptively(BUDGET, () -> shift.search(EventQuery.parse(query), 20));
        assertThat((long) result.total()).isBetween(0L, shift.eventsSeen());
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> stars = Arbitraries.integers().between(1, 40).map("*"::repeat);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(3, stars), Tuple.of(3, Arbitraries.of(WORDS)),
                Tuple.of(1, Arbitraries.strings().withChars("ae.~-*0").ofMinLength(1).ofMaxLength(4)));
        Arbitrary<String> value = piece.list().ofMinSize(1).ofMaxSize(24).map(pieces -> String.join("", pieces));
        Arbitrary<String> fieldTerm = Combinators.combine(Arbitraries.of(FIELDS),
                Arbitraries.of("=", "!="), value).as((field, op, v) -> field + op + v);
        Arbitrary<String> term = Arbitraries.oneOf(fieldTerm, value);
        return term.list().ofMinSize(1).ofMaxSize(32).map(terms -> String.join(" ", terms));
    }
}
