package dev.nightshift.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.engineer.ChangeWindows;
import dev.nightshift.game.GameException;
import dev.nightshift.game.Role;
import dev.nightshift.game.Sessions;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.SessionRecord;
import dev.nightshift.store.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating an assessment, logging in by token or key, seating a candidate and ending their session on time. */
class AssessmentsTest {

    static final String KEY = "ecdsa-sha2-nistp256 "
            + "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBCs/g5w+"
            + "pqsoqB5jmeXFxmLP3Gnue5hhsl78uU+/zmJBut4Lb1m/BsHbRywVfRwNrxkJuJr1QdqVLTE2wV0s5uY=" + " bob@laptop";
    private final SessionStore store = SessionStore.inMemory();
    private final ScenarioLibrary library = ScenarioLibrary.bundled();
    private final AtomicLong wall = new AtomicLong(1_000_000L);
    private final Assessments assessments = new Assessments(store, new Sessions(store, library),
            new ChangeWindows(store, library), library, ProctorSecret.of("a test secret of the hiring team"), wall::get);

    @TempDir
    Path dir;

    @Test
    void eachCandidateGetsAVariantALoginAndASessionThatTheClockEnds() throws Exception {
        Path file = Files.writeString(dir.resolve("candidates.txt"), "# the March cohort\nalice\n\nbob " + KEY + "\n");
        Assessments.Created created = assessments.create("tutorial-brute-force", Role.ANALYST, file, Duration.ofMinutes(90));
        assertThat(created.assessment().id()).isEqualTo("A-0001");
        assertThat(created.logins()).extracting(Assessments.Login::login).containsExactly("A-0001.alice", "A-0001.bob");
        String token = created.logins().get(0).token();
        assertThat(token).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){4}");
        assertThat(created.logins().get(1).token()).isNull();
        assertThat(created.logins().get(1).keyFingerprint()).startsWith("SHA256:");

        assertThat(assessments.byToken("A-0001.alice", token)).isPresent();
        assertThat(assessments.byToken("a-0001.alice", token.toLowerCase())).isPresent();
        assertThat(assessments.byToken("A-0001.alice", "AAAA-AAAA-AAAA-AAAA-AAAA")).isEmpty();
        assertThat(assessments.byToken("A-0001.bob", token)).isEmpty();
        assertThat(assessments.byKey("A-0001.bob", PublicKeys.parse(KEY))).isPresent();
        assertThat(assessments.byKey("A-0001.alice", PublicKeys.parse(KEY))).isEmpty();

        Seating alice = assessments.sitDown(assessments.byToken("A-0001.alice", token).orElseThrow());
        assertThat(alice.resumed()).isFalse();
        assertThat(alice.deadlineMillis()).isEqualTo(1_000_000L + 90 * 60_000L);
        SessionRecord session = store.find(alice.candidate().sessionId()).orElseThrow();
        assertThat(session.scenario()).isEqualTo("tutorial-brute-force@1");
        assertThat(session.candidate()).isEqualTo("A-0001.alice");
        assertThat(session.seed()).isEqualTo(Variants.seed(ProctorSecret.of("a test secret of the hiring team"),
                "A-0001", "alice"));
        assertThat(store.current()).as("a candidate's session never becomes the home's current one").isEmpty();

        wall.addAndGet(60_000);
        Seating again = assessments.sitDown(alice.candidate());
        assertThat(again.resumed()).isTrue();
        assertThat(again.candidate().sessionId()).isEqualTo(alice.candidate().sessionId());
        assertThat(again.deadlineMillis()).isEqualTo(alice.deadlineMillis());

        assertThat(assessments.finish(again)).isTrue();
        assertThat(store.find(session.id()).orElseThrow().status()).isEqualTo(SessionRecord.Status.ENDED);
        assertThat(store.score(session.id())).isPresent();
        assertThat(assessments.finish(again)).isFalse();
    }

    @Test
    void badCandidateFilesAndScenariosAreRefusedWithWhereAndWhat() throws Exception {
        Path twice = Files.writeString(dir.resolve("twice.txt"), "alice\nAlice\n");
        assertThatThrownBy(() -> assessments.create("tutorial-brute-force", Role.ANALYST, twice, Duration.ofMinutes(5)))
                .isInstanceOf(GameException.class).hasMessage(twice + ":2:1: candidate Alice is listed twice; give each"
                        + " candidate one line");
        Path badKey = Files.writeString(dir.resolve("key.txt"), "bob ssh-ed25519 nonsense\n");
        assertThatThrownBy(() -> assessments.create("tutorial-brute-force", Role.ANALYST, badKey, Duration.ofMinutes(5)))
                .hasMessageStartingWith(badKey + ":1:5: the public key of bob is not an OpenSSH public key line");
        Path badName = Files.writeString(dir.resolve("name.txt"), "al.ice\n");
        assertThatThrownBy(() -> assessments.create("tutorial-brute-force", Role.ANALYST, badName, Duration.ofMinutes(5)))
                .hasMessageStartingWith(badName + ":1:1: 'al.ice' is not a candidate name");
        Path fine = Files.writeString(dir.resolve("fine.txt"), "alice\n");
        assertThatThrownBy(() -> assessments.create("quiet-night", Role.ANALYST, fine, Duration.ofMinutes(5)))
                .hasMessageStartingWith("scenario 'quiet-night' is not offered for assessment; choose one of");
        assertThatThrownBy(() -> assessments.create("quiet-night", Role.ANALYST, dir.resolve("none.txt"), Duration.ofMinutes(5)))
                .hasMessageStartingWith("scenario 'quiet-night' is not offered");
        assertThatThrownBy(() -> assessments.create("tutorial-brute-force", Role.ANALYST, dir.resolve("none.txt"),
                Duration.ofMinutes(5))).hasMessage("no such candidates file: " + dir.resolve("none.txt"));
    }
}
