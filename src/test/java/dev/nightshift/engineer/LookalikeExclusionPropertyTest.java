package dev.nightshift.engineer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.scoring.EngineerCard;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.Truth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A change set that only adds accountable exclusions for benign look-alike patterns (a value that the look-alike's
 * events carry and no attack event of either week does, on the rule those events tripped) never lowers
 * "detections kept": whatever subset of such exclusions, every stage instance the original pack caught on the
 * held-out week is still caught.
 */
class LookalikeExclusionPropertyTest {

    /** One look-alike pattern: the rule its events tripped and a precise term one of them carries. */
    record Pattern(String scenario, String rule, String term) {
    }

    private static final Map<String, ChangeWindow> WINDOWS = new ConcurrentHashMap<>();
    private static final Map<String, List<Pattern>> PATTERNS = new ConcurrentHashMap<>();

    private static ChangeWindow window(String scenario) {
        return WINDOWS.computeIfAbsent(scenario, id -> {
            try {
                var s = ScenarioLibrary.bundled().load(id);
                return ChangeWindow.open(s, s.seed());
            } catch (dev.nightshift.scenario.ScenarioException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<Pattern> patterns(String scenario) {
        return PATTERNS.computeIfAbsent(scenario, id -> {
            ChangeWindow w = window(id);
            Set<String> attack = new HashSet<>();
            w.history().events().stream().filter(e -> e.truth().isAttack()).forEach(e -> Suggestions.pairs(e, attack));
            Week.of(w.scenario(), w.seed(), Week.Part.HELD_OUT).play(e -> {
                if (e.truth().isAttack()) {
                    Suggestions.pairs(e, attack);
                }
            });
            Set<Pattern> found = new LinkedHashSet<>();
            for (HistoryAlert a : w.history().alerts()) {
                for (Event e : a.alert().events()) {
                    if (e.truth().kind() == Truth.Kind.LOOKALIKE) {
                        Set<String> pairs = new LinkedHashSet<>();
                        Suggestions.pairs(e, pairs);
                        for (String p : pairs) {
                            if (!attack.contains(p) && !Breadth.ofTerms(List.of(Term.parse(p))).broad()) {
                                found.add(new Pattern(id, a.alert().ruleId(), p));
                            }
                        }
                    }
                }
            }
            return new ArrayList<>(found);
        });
    }

    @Provide
    Arbitrary<List<Pattern>> lookalikeExclusions() {
        return Arbitraries.of("tutorial-brute-force", "ransomware-3am").flatMap(id ->
                Arbitraries.of(patterns(id)).list().ofMinSize(1).ofMaxSize(4).uniqueElements());
    }

    @Property(tries = 8)
    void accountableLookalikeExclusionsNeverLowerDetectionsKept(@ForAll("lookalikeExclusions") List<Pattern> chosen) {
        ChangeWindow w = window(chosen.get(0).scenario()).fork();
        for (Pattern p : chosen) {
            w.apply(new ChangeWindow.Tuning(p.rule(), List.of(p.term()), "soc-engineering",
                    "a benign look-alike seen last week", "60d", null, null, null, null).action());
        }
        EngineerCard card = ChangeWindow.deployTogether(List.of(w)).get(0);
        assertThat(card.heldOut().keptFromBefore()).as(chosen.toString()).isEqualTo(card.heldOut().caughtBefore());
        assertThat(card.hidden()).isEmpty();
        assertThat(card.changes()).allMatch(c -> c.hygiene() == 1.0);
    }
}
