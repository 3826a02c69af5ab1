package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.nightshift.UserMessages;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.Repair;
import dev.nightshift.store.SessionRecord;
import dev.nightshift.store.SessionStore;
import dev.nightshift.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A truncated, zeroed or bit-flipped database file: a command either sees exactly the shift the intact file holds
 * (the damage hit space the file no longer uses) or fails with one sentence naming the file and saying how to
 * recover, never a different shift and never an exception's name.
 */
class DamagedDatabaseTest {

    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.bundled();

    @TempDir
    static Path dir;

    private static byte[] intact;
    private static String intactState;
    private static List<String> intactJournal;

    @BeforeAll
    static void playHalfAShift() throws Exception {
        Path home = dir.resolve("intact");
        Sessions sessions = new Sessions(SessionStore.open(KillTarget.url(home.toString()), "sa", ""), LIBRARY);
        ScriptedShift script = ScriptedShift.analyst();
        script.steps().subList(0, 12).forEach(step -> step.act().apply(sessions));
        intactState = ScriptedShift.state(sessions.current());
        SessionStore store = SessionStore.open(KillTarget.url(home.toString()), "sa", "");
        intactJournal = store.journal(store.current().orElseThrow().id());
        intact = Files.readAllBytes(home.resolve("db/nightshift.mv.db"));
    }

    /** Opens a copy of the database with {@code damage} done to it: the state it shows, or the failure's message. */
    private String openDamaged(String name, byte[] bytes) throws Exception {
        Path home = dir.resolve(name);
        Path file = home.resolve("db/nightshift.mv.db");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Throwable failure = catchThrowable(() -> {
            Sessions sessions = new Sessions(SessionStore.open(KillTarget.url(home.toString()), "sa", ""), LIBRARY);
            intactStateOr(ScriptedShift.state(sessions.current()));
        });
        if (failure == null) {
            return "intact";
        }
        assertThat(failure).as(name).isInstanceOf(StoreException.class);
        String message = failure.getMessage();
        UserMessages.assertPlain(message);
        assertThat(message).as(name).contains(file + " ", "mv " + file);
        return "reported";
    }

    private static void intactStateOr(String state) {
        assertThat(state).as("a damaged file that opens shows the intact shift").isEqualTo(intactState);
    }

    @Test
    void aMissingDatabaseWhereSessionsExistedIsReportedNeverReplacedByAFreshOne() throws Exception {
        Path home = dir.resolve("deleted");
        Sessions sessions = new Sessions(SessionStore.open(KillTarget.url(home.toString()), "sa", ""), LIBRARY);
        ScriptedShift.analyst().steps().get(0).act().apply(sessions);
        Path file = home.resolve("db/nightshift.mv.db");
        Files.delete(file);
        Throwable failure = catchThrowable(() -> new Sessions(SessionStore.open(KillTarget.url(home.toString()), "sa", ""),
                LIBRARY).current());
        assertThat(failure).isInstanceOf(StoreException.class);
        UserMessages.assertPlain(failure.getMessage());
        assertThat(failure.getMessage()).contains(file + " is missing, though this home has had sessions",
                "restore it from a backup");
        assertThat(file).doesNotExist();
    }

    @Test
    void aTruncatedFileIsReportedWithItsNameAndTheWayToRecover() throws Exception {
        for (int length : new int[] {0, 1, 100, 4096, 5000, intact.length / 2, intact.length - 1}) {
            byte[] cut = java.util.Arrays.copyOf(intact, length);
            String outcome = openDamaged("truncated-" + length, cut);
            if (length <= 5000) { // a cut further on may only remove space the file no longer uses
                assertThat(outcome).as("cut to %d bytes", length).isEqualTo("reported");
            }
        }
    }

    @Test
    void aZeroedFileIsReportedWithItsNameAndTheWayToRecover() throws Exception {
        assertThat(openDamaged("zeroed-all", new byte[intact.length])).isEqualTo("reported");
        byte[] header = intact.clone();
        java.util.Arrays.fill(header, 0, 8192, (byte) 0);
        assertThat(openDamaged("zeroed-header", header)).isEqualTo("reported");
    }

    @Test
    void bitFlipsAnywhereNeverShowADifferentShift() throws Exception {
        Random random = new Random(7);
        int reported = 0;
        int harmless = 0;
        for (int flip = 0; flip < 24; flip++) {
            byte[] flipped = intact.clone();
            int at = random.nextInt(flipped.length);
            flipped[at] ^= (byte) (1 << random.nextInt(8));
            if (openDamaged("flipped-" + flip, flipped).equals("reported")) {
                reported++;
            } else {
                harmless++;
            }
        }
        System.out.printf("bit flips: 24 tried, %d reported as damage, %d in space the file no longer used, 0 showed"
                + " a different shift%n", reported, harmless);
        assertThat(reported + harmless).isEqualTo(24);
    }

    /**
     * 'repair' on every damaged copy the other tests report: it either salvages sessions whose journals are each a
     * prefix of the intact one (and the home plays on from there), or changes nothing and says so; it never invents
     * an entry. A copy that opens whole is left alone.
     */
    @Test
    void repairSalvagesAPrefixOfEveryJournalOrChangesNothing() throws Exception {
        Random random = new Random(11);
        List<byte[]> damaged = new java.util.ArrayList<>();
        for (int length : new int[] {100, 5000, intact.length / 2}) {
            damaged.add(java.util.Arrays.copyOf(intact, length));
        }
        // one entry's own bytes changed wherever the file holds them: the file opens, the entry fails its checksum
        byte[] entry = intact.clone();
        byte[] word = "\"contain\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int at = 0; at + word.length <= entry.length; at++) {
            if (java.util.Arrays.equals(entry, at, at + word.length, word, 0, word.length)) {
                entry[at + 1] = 'k';
            }
        }
        damaged.add(entry);
        for (int flip = 0; flip < 12; flip++) {
            byte[] flipped = intact.clone();
            int at = random.nextInt(flipped.length);
            for (int i = at; i < Math.min(flipped.length, at + 64); i++) {
                flipped[i] ^= (byte) 0x5a;
            }
            damaged.add(flipped);
        }
        int salvaged = 0;
        int refused = 0;
        int untouched = 0;
        for (int i = 0; i < damaged.size(); i++) {
            Path home = dir.resolve("repair-" + i);
            Path file = home.resolve("db/nightshift.mv.db");
            Files.createDirectories(file.getParent());
            Files.write(file, damaged.get(i));
            SessionStore store = SessionStore.open(KillTarget.url(home.toString()), "sa", "");
            Repair.Outcome outcome;
            try {
                outcome = Repair.ifDamaged(store, "test");
            } catch (StoreException e) {
                UserMessages.assertPlain(e.getMessage());
                assertThat(e.getMessage()).contains("no session could be read back from " + file);
                assertThat(file).hasBinaryContent(damaged.get(i));
                refused++;
                continue;
            }
            if (outcome == null) {
                untouched++;
                continue;
            }
            salvaged++;
            assertThat(file.resolveSibling("nightshift.mv.db.damaged-test")).hasBinaryContent(damaged.get(i));
            SessionStore repaired = SessionStore.open(KillTarget.url(home.toString()), "sa", "");
            for (SessionRecord session : repaired.all()) {
                List<String> journal = repaired.journal(session.id());
                assertThat(journal.size()).isLessThanOrEqualTo(intactJournal.size());
                assertThat(journal).isEqualTo(intactJournal.subList(0, journal.size()));
            }
            new Sessions(repaired, LIBRARY).current(); // it plays on from what was kept
        }
        System.out.printf("repair: %d damaged copies, %d salvaged, %d refused with nothing readable, %d opened whole%n",
                damaged.size(), salvaged, refused, untouched);
        assertThat(salvaged).as("some damaged copies are salvaged").isPositive();
    }
}
