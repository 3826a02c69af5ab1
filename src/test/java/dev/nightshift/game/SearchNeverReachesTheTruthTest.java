package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The truth label of the events (attack stage, technique, look-alike kind) is reachable by no search: not as a field
 * under any name the truth uses, not by its values as words, not through a pipe command.
 */
class SearchNeverReachesTheTruthTest {

    /** Every name the truth goes by: the record's components, the truth file's keys, and the obvious guesses. */
    private static final List<String> TRUTH_FIELDS = List.of("truth", "kind", "stage", "technique", "lookalike",
            "Truth", "truth.kind", "truth.stage", "truth.technique", "truth.lookalike", "label", "attack", "isAttack",
            "index");

    private static Shift shift;
    private static List<Event> seen;

    @BeforeAll
    static void playTheShift() throws Exception {
        shift = Shift.open(ScenarioLibrary.bundled().load("tutorial-brute-force"), Role.ANALYST, 7,
                Pace.parse("realtime:60"));
        shift.catchUpTo(shift.end().minusSeconds(60));
        seen = new ArrayList<>();
        SearchResult all = shift.search(EventQuery.parse("*"), Integer.MAX_VALUE);
        seen.addAll(all.latest());
        assertThat(seen).anyMatch(e -> e.truth().isAttack());
    }

    @Test
    void noTruthFieldNameFindsAnything() {
        for (String field : TRUTH_FIELDS) {
            long native_ = seen.stream().filter(e -> e.fields().containsKey(field)).count();
            assertThat(shift.search(EventQuery.parse(field + "=*"), 10).total()).as(field).isEqualTo((int) native_);
            assertThat(shift.search(EventQuery.parse(field + "!=*"), 10).total()).as(field)
                    .isEqualTo(seen.size() - (int) native_);
            SearchResult counted = shift.search(EventQuery.parse("* | stats count by " + field), 10);
            assertThat(counted.outcome().rows()).as(field).isEmpty();
            SearchResult shown = shift.search(EventQuery.parse("* | table " + field + " | dedup " + field), 10);
            assertThat(shown.outcome().rows()).as(field).isEmpty();
            assertThat(shift.search(EventQuery.parse("* | top " + field), 10).outcome().rows()).as(field).isEmpty();
        }
    }

    @Test
    void theTruthsValuesAreNoWordsOfTheLogs() {
        Set<String> words = new TreeSet<>(List.of("attack", "lookalike", "benign"));
        for (Event e : seen) {
            Truth t = e.truth();
            if (t.stage() != null) {
                words.add(t.stage());
            }
            if (t.technique() != null) {
                words.add(t.technique());
            }
            if (t.lookalike() != null) {
                words.add(t.lookalike());
            }
        }
        assertThat(words.size()).isGreaterThan(3);
        for (String word : words) {
            SearchResult found = shift.search(EventQuery.parse("\"" + word + "\""), Integer.MAX_VALUE);
            long inTheLogs = seen.stream().filter(e -> shows(e, word)).count();
            assertThat(found.total()).as(word).isEqualTo((int) inTheLogs);
            assertThat(found.latest()).as(word).allMatch(e -> shows(e, word));
        }
    }

    /** Whether the word is in what the log itself shows: the host or a field's value. */
    private static boolean shows(Event e, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return (e.host() != null && e.host().toLowerCase(Locale.ROOT).contains(w))
                || e.fields().values().stream().anyMatch(v -> String.valueOf(v).toLowerCase(Locale.ROOT).contains(w));
    }
}
