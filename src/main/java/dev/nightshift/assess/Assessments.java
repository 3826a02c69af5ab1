package dev.nightshift.assess;

import dev.nightshift.engineer.ChangeWindows;
import dev.nightshift.game.GameException;
import dev.nightshift.game.Pace;
import dev.nightshift.game.Role;
import dev.nightshift.game.Sessions;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioException;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.AssessmentRecord;
import dev.nightshift.store.AssessmentStore;
import dev.nightshift.store.CandidateRecord;
import dev.nightshift.store.Seat;
import dev.nightshift.store.SessionRecord;
import dev.nightshift.store.SessionStore;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The assessments of this home: creating one with its candidates' variants and logins, checking a login, seating a
 * candidate in their session (started at their first login, resumed after that) and ending it when time runs out.
 */
public final class Assessments {

    /** What {@link #create} made: the assessment and one login per candidate (the token shown this once). */
    public record Created(AssessmentRecord assessment, List<Login> logins) {
    }

    /** A candidate's login: a token to type as the password, or the fingerprint of the key they log in with. */
    public record Login(String candidate, String login, String token, String keyFingerprint) {
    }

    public static final Duration MAX_TIME_LIMIT = Duration.ofHours(24);
    private final SessionStore store;
    private final AssessmentStore assessments;
    private final Sessions sessions;
    private final ChangeWindows windows;
    private final ScenarioLibrary library;
    private final ProctorSecret secret;
    private final LongSupplier wallClock;

    public Assessments(SessionStore store, Sessions sessions, ChangeWindows windows, ScenarioLibrary library,
                       ProctorSecret secret, LongSupplier wallClock) {
        this.store = store;
        this.assessments = new AssessmentStore(store);
        this.sessions = sessions;
        this.windows = windows;
        this.library = library;
        this.secret = secret;
        this.wallClock = wallClock;
    }

    public Created create(String scenarioId, Role role, Path candidatesFile, Duration timeLimit) {
        if (!Offered.SCENARIOS.contains(scenarioId)) {
            throw GameException.badInput("scenario '" + scenarioId + "' is not offered for assessment; choose one of "
                    + String.join(", ", Offered.SCENARIOS));
        }
        Scenario scenario;
        try {
            scenario = library.load(scenarioId);
        } catch (ScenarioException e) {
            throw GameException.refused("scenario " + scenarioId + " does not load: " + e.errors().get(0));
        }
        if (!scenario.roles().contains(role.word())) {
            throw GameException.badInput("scenario " + scenarioId + " cannot be played as " + role.word()
                    + "; its roles are " + String.join(", ", scenario.roles()));
        }
        if (timeLimit.compareTo(Duration.ofSeconds(1)) < 0 || timeLimit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw GameException.badInput("--time-limit must be between 1s and 24h, e.g. 90m");
        }
        List<CandidateFile.Entry> entries = CandidateFile.read(candidatesFile);
        List<Login> logins = new ArrayList<>();
        AssessmentRecord record = assessments.create(scenarioId, role.word(), timeLimit.toSeconds(),
                wallClock.getAsLong(), id -> {
                    logins.clear();
                    List<CandidateRecord> out = new ArrayList<>();
                    for (int i = 0; i < entries.size(); i++) {
                        CandidateFile.Entry e = entries.get(i);
                        String token = e.publicKey() == null ? Tokens.generate() : null;
                        CandidateRecord c = new CandidateRecord(id, e.name(), i + 1, Variants.seed(secret, id, e.name()),
                                token == null ? null : Tokens.hash(token), e.publicKey(), null, null);
                        out.add(c);
                        logins.add(new Login(e.name(), c.login(), token,
                                token == null ? PublicKeys.fingerprint(e.publicKey()) : null));
                    }
                    return out;
                });
        return new Created(record, List.copyOf(logins));
    }

    /** The candidate of a login ({@code A-0001.alice}) whose token this is. */
    public Optional<CandidateRecord> byToken(String login, String token) {
        return candidate(login).filter(c -> Tokens.matches(token, c.tokenHash()));
    }

    /** The candidate of a login whose public key this is. */
    public Optional<CandidateRecord> byKey(String login, PublicKey key) {
        return candidate(login).filter(c -> PublicKeys.same(c.publicKey(), key));
    }

    private Optional<CandidateRecord> candidate(String login) {
        int dot = login.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        return assessments.candidate(login.substring(0, dot).toUpperCase(Locale.ROOT), login.substring(dot + 1));
    }

    /**
     * Seats the candidate of {@code login}: at their first login their variant's session starts and their time
     * starts running; at a later one (a dropped connection) the same session is resumed. The caller keeps one
     * candidate from being seated twice at once.
     */
    public Seating sitDown(CandidateRecord known) {
        CandidateRecord candidate = assessments.candidate(known.assessmentId(), known.name()).orElseThrow();
        AssessmentRecord assessment = assessments.find(candidate.assessmentId()).orElseThrow();
        if (candidate.sessionId() != null) {
            return seating(assessment, candidate, true);
        }
        Seat seat = new Seat(null);
        String ref = Variants.scenarioRef(assessment.scenario(), candidate.variant());
        Role role = Role.parse(assessment.role()).orElseThrow();
        String sessionId = SessionStore.seated(seat, () -> {
            try {
                if (role == Role.ENGINEER) {
                    windows.start(ref, candidate.seed(), candidate.login());
                } else {
                    sessions.start(ref, role, candidate.seed(), Pace.MANUAL, candidate.login());
                }
            } catch (ScenarioException e) {
                throw GameException.refused("the assessment's scenario does not load: " + e.errors().get(0));
            }
            return seat.sessionId();
        });
        assessments.start(candidate.assessmentId(), candidate.name(), sessionId, wallClock.getAsLong());
        return seating(assessment, assessments.candidate(candidate.assessmentId(), candidate.name()).orElseThrow(), false);
    }

    private static Seating seating(AssessmentRecord assessment, CandidateRecord candidate, boolean resumed) {
        return new Seating(assessment, candidate, new Seat(candidate.sessionId()),
                candidate.startedMillis() + assessment.timeLimitSeconds() * 1000, resumed);
    }

    /** Every candidate who has logged in, seated again: the sessions whose time limits a starting server keeps. */
    public List<Seating> started() {
        List<Seating> out = new ArrayList<>();
        for (CandidateRecord c : assessments.started()) {
            assessments.find(c.assessmentId()).ifPresent(a -> out.add(seating(a, c, true)));
        }
        return out;
    }

    /** Whether the candidate's session still runs. */
    public boolean active(Seating seating) {
        return store.find(seating.candidate().sessionId()).map(r -> r.status() == SessionRecord.Status.ACTIVE)
                .orElse(false);
    }

    /**
     * Ends and scores the candidate's session if it still runs (the rest of an analyst's shift plays without them;
     * an engineer's change set is deployed as it stands). True when this call ended it.
     */
    public boolean finish(Seating seating) {
        if (!active(seating)) {
            return false;
        }
        SessionStore.seated(seating.seat(), () -> seating.role() == Role.ENGINEER ? windows.deploy() : sessions.end());
        return true;
    }

    /** Milliseconds from the wall clock, as this service reads it. */
    public long now() {
        return wallClock.getAsLong();
    }
}
