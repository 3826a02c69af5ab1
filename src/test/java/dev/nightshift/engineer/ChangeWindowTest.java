package dev.nightshift.engineer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.game.Action;
import dev.nightshift.game.GameException;
import dev.nightshift.report.EngineerReport;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.scoring.EngineerCard;
import dev.nightshift.store.SessionRecord;
import dev.nightshift.store.SessionStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Scripted engineers' change windows with exact cards (golden files), played through the journal and rebuilt from
 * it; and over-fitting to last week scoring visibly worse than a general fix.
 */
class ChangeWindowTest {

    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.bundled();

    /** Plays the commands in a journaled window, rebuilds it from the journal in a fresh process's view, deploys. */
    private static EngineerCard journaled(String scenario, long seed, List<Action> actions) throws Exception {
        SessionStore store = SessionStore.inMemory();
        ChangeWindows first = new ChangeWindows(store, LIBRARY);
        first.start(scenario, seed);
        for (Action a : actions) {
            first.perform(a);
        }
        ChangeWindows second = new ChangeWindows(store, LIBRARY);
        assertThat(second.current().diff()).isEqualTo(first.current().diff());
        EngineerCard card = second.deploy();
        assertThat(second.score()).isEqualTo(card);
        return card;
    }

    private static void golden(String name, EngineerCard card) throws Exception {
        Path file = Path.of("src/test/resources/engineer/" + name + ".card.txt");
        String text = EngineerReport.text(card) + "\n";
        if (Boolean.getBoolean("nightshift.updateGolden")) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(text).as("card differs; if intended, rerun with -Dnightshift.updateGolden=true and read the diff")
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Action tune(String rule, String term, String owner, String reason, String expires) {
        return new ChangeWindow.Tuning(rule, List.of(term), owner, reason, expires, null, null, null, null).action();
    }

    @Test
    void tutorialRewrittenAsAValueCount() throws Exception {
        String text = Files.readString(Path.of("scenarios/rules/tutorial-brute-force/engineer/failed-logons-many-accounts.yml"));
        EngineerCard card = journaled("tutorial-brute-force", 7, List.of(
                Action.of("search", "EventID=4625 IpAddress=10.*", "5"),
                Action.of("edit", "bf96", "failed-logons.yml", text)));
        golden("tutorial-brute-force", card);
        assertThat(card.total()).isEqualTo(100);
        assertThat(card.heldOut().falsePositivesAfter()).isZero();
    }

    @Test
    void ransomwareTunedAndCompleted() throws Exception {
        EngineerCard card = journaled("ransomware-3am", 3, List.of(
                tune("ef48", "ServiceName=ccmsetup", "desktop-team", "SCCM client install", "90d"),
                tune("df79", "Image=C:\\Program Files\\Veeam\\Endpoint Backup\\VeeamAgent.exe", "backup-team",
                        "nightly backup", "2026-09-30"),
                Action.of("new", "net-view.yml", Files.readString(Path.of("scenarios/rules/ransomware-3am/engineer/net-view-domain.yml")))));
        golden("ransomware-3am", card);
        assertThat(card.total()).isEqualTo(83);
        assertThat(card.hidden()).isEmpty();
    }

    @Test
    void leakedKeyOverExcludedLosesDetections() throws Exception {
        EngineerCard card = journaled("leaked-aws-key", 47, List.of(
                tune("AWS CLI Used From Linux", "userAgent=aws-cli/2.15.30*", "cloud-team", "the build server's CLI", "60d"),
                tune("03f1", "userAgent=aws-cli/2.17.20 Python/3.11.9 Windows/10 exe/AMD64", "cloud-team",
                        "staff laptops", "60d"),
                Action.of("disable", "af70", "", "too noisy")));
        golden("leaked-aws-key", card);
        assertThat(card.penalties().points()).isEqualTo(5);
        assertThat(card.changes()).anyMatch(c -> c.kind().equals("disabled") && c.hygiene() == 0.5);
    }

    @Test
    void overFittingToLastWeekScoresBelowAGeneralFix() {
        Map<String, Integer> ransomware = scripts(LIBRARY, "ransomware-3am", 3, Map.of(
                "precise", w -> w.apply(tune("ef48", "ServiceName=ccmsetup", "desktop-team", "SCCM client", "90d")),
                "last week's attacker", w -> excludeAttackerOf(w, "ef48"),
                "disabled outright", w -> w.apply(Action.of("disable", "ef48", "desktop-team", "noisy"))));
        assertThat(ransomware.get("precise")).isGreaterThan(ransomware.get("last week's attacker") + 20)
                .isGreaterThan(ransomware.get("disabled outright") + 5);
        Map<String, Integer> aws = scripts(LIBRARY, "leaked-aws-key", 47, Map.of(
                "precise", w -> {
                    w.apply(tune("03f1", "userAgent=console.amazonaws.com", "cloud-team", "the console", "90d"));
                    w.apply(tune("03f1", "userAgent=aws-cli/2.17.20 Python/3.11.9 Windows/10 exe/AMD64", "cloud-team",
                            "staff laptops", "90d"));
                },
                "last week's attacker", w -> excludeAttackerOf(w, "03f1"),
                "disabled outright", w -> w.apply(Action.of("disable", "03f1", "cloud-team", "noisy"))));
        assertThat(aws.get("precise")).isGreaterThan(aws.get("last week's attacker"))
                .isGreaterThan(aws.get("disabled outright"));
    }

    /** Excludes the addresses and hosts of the rule's true-positive alerts that no false positive shares. */
    private static void excludeAttackerOf(ChangeWindow w, String rule) {
        var r = w.changes().rule(rule);
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        java.util.Set<String> benign = new java.util.HashSet<>();
        for (HistoryAlert a : w.alertsOf(r)) {
            var last = a.alert().events().get(a.alert().events().size() - 1);
            for (String f : List.of("IpAddress", "sourceIPAddress", "Computer")) {
                if (last.field(f) != null) {
                    (a.labelledTrue() ? terms : benign).add(f + "=" + last.field(f));
                }
            }
        }
        terms.removeAll(benign);
        terms.forEach(t -> w.apply(tune(rule, t, "soc", "last week's attacker", "30d")));
    }

    private static Map<String, Integer> scripts(ScenarioLibrary library, String id, long seed,
                                                Map<String, Consumer<ChangeWindow>> scripts) {
        try {
            Scenario scenario = library.load(id);
            ChangeWindow base = ChangeWindow.open(scenario, seed);
            List<String> names = List.copyOf(scripts.keySet());
            List<ChangeWindow> windows = new java.util.ArrayList<>();
            for (String name : names) {
                ChangeWindow w = base.fork();
                scripts.get(name).accept(w);
                windows.add(w);
            }
            List<EngineerCard> cards = ChangeWindow.deployTogether(windows);
            Map<String, Integer> totals = new java.util.HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (Boolean.getBoolean("nightshift.printCards")) {
                    System.out.println("### " + names.get(i) + "\n" + EngineerReport.text(cards.get(i)));
                }
                totals.put(names.get(i), cards.get(i).total());
            }
            return totals;
        } catch (dev.nightshift.scenario.ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRefusedChangeLeavesTheSetAsItWas() throws Exception {
        ChangeWindow w = ChangeWindow.open(LIBRARY.load("tutorial-brute-force"), 7);
        String before = w.diff();
        assertThatThrownBy(() -> w.apply(new ChangeWindow.Tuning("bf96", List.of("TargetUserName=x"), null, null, null,
                0L, null, null, "low").action()))
                .isInstanceOf(GameException.class).hasMessageContaining("--threshold must be at least 1");
        assertThat(w.diff()).isEqualTo(before);
        assertThatThrownBy(() -> w.apply(Action.of("new", "broken.yml", "title: x\nlogsource: {product: windows}\n"
                + "detection:\n  sel:\n    EventID: 1\n  condition: sel and nope\n")))
                .isInstanceOf(GameException.class).hasMessageStartingWith("broken.yml:").hasMessageContaining("nothing was changed");
        assertThat(w.diff()).isEqualTo(before);
        assertThatThrownBy(() -> w.apply(Action.of("disable", "956f", "", "x")))
                .hasMessageContaining("feeds the correlation 'Many Failed Logons From A Single Source'");
    }

    /**
     * A deploy the journal holds is the end of the window even where the session's row still says open (the state a
     * kill -9 run once left): 'score' rebuilds the window, closes the session and shows the deployed card.
     */
    @Test
    void aJournaledDeployWhoseSessionStayedOpenScoresAsDeployed() throws Exception {
        SessionStore store = SessionStore.inMemory();
        ChangeWindows windows = new ChangeWindows(store, LIBRARY);
        windows.start("tutorial-brute-force", 7L);
        windows.perform(Action.of("disable", "bf96", "", "only noise"));
        String id = store.current().orElseThrow().id();
        assertThat(store.appendAt(id, 2, Action.of("deploy").encode())).isTrue();
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(SessionRecord.Status.ACTIVE);

        EngineerCard card = new ChangeWindows(store, LIBRARY).score();
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(SessionRecord.Status.ENDED);
        SessionStore reference = SessionStore.inMemory();
        ChangeWindows played = new ChangeWindows(reference, LIBRARY);
        played.start("tutorial-brute-force", 7L);
        played.perform(Action.of("disable", "bf96", "", "only noise"));
        assertThat(card).isEqualTo(played.deploy());
    }
}
