package dev.nightshift.game;

import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioException;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.scoring.ScoreCard;
import dev.nightshift.scoring.Scorer;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.Verdict;
import dev.nightshift.store.SessionRecord;
import dev.nightshift.store.SessionStore;
import dev.nightshift.store.StoreException;
import dev.nightshift.scenario.EntityKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sessions of this nightshift home: starts a shift, applies the trainee's actions to the current one and
 * journals each before answering, and rebuilds a session after a restart by replaying its journal. An action counts
 * once the journal holds it on disk: the shift it changed is kept only then, and when the write fails the shift is
 * thrown away, so this process and every other one see exactly what the journal holds.
 */
public final class Sessions {

    private final SessionStore store;
    private final ScenarioLibrary library;
    private final java.util.function.LongSupplier wallClock;
    /** Each thread's last shift: a server plays one candidate per thread, the command line has one thread. */
    private final JournalCache<Shift> caches = new JournalCache<>();
    private final dev.nightshift.store.ViewStore views;
    private final Snapshots snapshots;

    public Sessions(SessionStore store, ScenarioLibrary library) {
        this(store, library, dev.nightshift.sim.WallTime::epochMillis);
    }

    /** Sessions whose real-time pace reads wall time (epoch milliseconds) from {@code wallClock}. */
    public Sessions(SessionStore store, ScenarioLibrary library, java.util.function.LongSupplier wallClock) {
        this.store = store;
        this.views = new dev.nightshift.store.ViewStore(store);
        this.snapshots = new Snapshots(store, record -> scenarioOf(record, "rebuilt"));
        this.library = library;
        this.wallClock = wallClock;
    }

    /** Starts a shift of the scenario (a library id or a path) and makes it current; null seed = the scenario's. */
    public Shift start(String scenarioRef, Role role, Long seed) throws ScenarioException {
        return start(scenarioRef, role, seed, Pace.MANUAL);
    }

    /** Starts a shift at the given pace; a real-time session's clock starts now, by the wall clock. */
    public Shift start(String scenarioRef, Role role, Long seed, Pace pace) throws ScenarioException {
        return start(scenarioRef, role, seed, pace, null, true);
    }

    /**
     * Starts a candidate's shift as {@link #start(String, Role, Long, Pace)}, recording whose it is (null: nobody's);
     * an assessment's candidate gets no hints.
     */
    public Shift start(String scenarioRef, Role role, Long seed, Pace pace, String candidate) throws ScenarioException {
        return start(scenarioRef, role, seed, pace, candidate, candidate == null);
    }

    /** Starts a shift; with {@code hints} false the record remembers, across restarts, that it has none. */
    private Shift start(String scenarioRef, Role role, Long seed, Pace pace, String candidate, boolean hints)
            throws ScenarioException {
        if (role == Role.ENGINEER) {
            throw GameException.badInput("an engineer's session is a change window, not a shift: open it with"
                    + " ChangeWindows (start --role engineer in the shell)");
        }
        Scenario scenario = library.load(scenarioRef);
        long actualSeed = seed == null ? scenario.seed() : seed;
        Shift shift = Shift.open(scenario, role, actualSeed, pace);
        if (!hints) {
            shift.disableHints();
        }
        SessionRecord record;
        try {
            record = store.create(scenarioRef, role.word(), actualSeed, pace.text(), candidate,
                    pace.isManual() ? null : wallClock.getAsLong(), hints);
        } catch (StoreException e) {
            caches.forget();
            throw GameException.refused((e.mayBeRecorded() ? "the session may not have been started: "
                    : "the session was not started: ") + e.reason() + "; " + e.advice());
        }
        caches.remember(record.id(), 0, shift);
        return shift;
    }

    public SessionRecord currentRecord() {
        return store.current().orElseThrow(() -> GameException.refused(
                "no session yet; start one with: start --scenario tutorial-brute-force --role analyst"));
    }

    /** The current shift, rebuilt from its journal when this process has not played all of it yet. */
    public Shift current() {
        return unit(this::fresh);
    }

    /**
     * What {@code alerts} and {@code status} show of the current shift: read from the snapshot taken after the
     * journal's last entry when there is one (a one-shot command on a long session then replays nothing), else from
     * the shift rebuilt from the journal, whose snapshot is then kept. A session at real-time pace is always
     * rebuilt, since its clock moves on between commands.
     */
    public QueueView queueView() {
        return unit(() -> {
            SessionRecord record = currentRecord();
            if (record.role().equals(Role.ENGINEER.word())) {
                return QueueView.of(0, fresh()); // refused there, with the engineer's sentence
            }
            // reading the journal is cheap (replaying it is not), and it checks every entry's checksum, so damage is
            // told here as in any other command
            int length = store.journal(record.id()).size();
            Shift inHand = caches.get(record.id(), length);
            boolean timeStands = Pace.parse(record.pace()).isManual() || record.status() != SessionRecord.Status.ACTIVE;
            if (inHand == null && timeStands) {
                java.util.Optional<QueueView> stored = views.get(record.id())
                        .filter(view -> view.actions() == length)
                        .flatMap(view -> QueueView.read(view.json()));
                if (stored.isPresent()) {
                    return stored.get();
                }
            }
            Shift shift = fresh();
            QueueView view = QueueView.of(caches.actions(), shift);
            if (timeStands && inHand == null) {
                views.put(record.id(), caches.actions(), StoredCard.write(view));
            }
            return view;
        });
    }

    /**
     * The shift as this process's last action left it, without looking for what other processes did since: what the
     * answer to that action describes, even when another process acts at once.
     */
    public Shift inHand() {
        Shift shift = caches.state();
        return shift != null ? shift : current();
    }

    private Shift fresh() {
        SessionRecord record = currentRecord();
        if (record.role().equals(Role.ENGINEER.word())) {
            throw GameException.refused("session " + record.id() + " is an engineer's change window, where there is no"
                    + " alert queue or clock: 'rule list' shows the rules, 'help' lists every command");
        }
        List<String> journal = store.journal(record.id());
        Shift shift;
        Shift cached = caches.get(record.id(), journal.size());
        if (cached != null) {
            shift = cached;
        } else {
            shift = rebuild(record, journal);
            caches.remember(record.id(), journal.size(), shift);
            if (record.status() == SessionRecord.Status.ACTIVE && !journal.isEmpty()
                    && Action.decode(journal.get(journal.size() - 1)).verb().equals("finish")) {
                // the journal is the truth: a finish it holds ends the session, whatever happened after it was written
                store.end(record.id(), StoredCard.write(Scorer.score(Outcomes.of(shift))));
                return shift;
            }
        }
        catchUp(record, shift);
        return shift;
    }

    /** A real-time session's clock follows the wall clock: the time that has passed is journaled as an action. */
    private void catchUp(SessionRecord record, Shift shift) {
        if (shift.pace().isManual() || record.wallStarted() == null || record.status() != SessionRecord.Status.ACTIVE) {
            return;
        }
        Instant now = shift.pace().simulated(shift.start(), wallClock.getAsLong() - record.wallStarted());
        if (now.isAfter(shift.now()) && shift.now().isBefore(shift.end())) {
            journaled(record, shift, Action.of("advance", (now.isAfter(shift.end()) ? shift.end() : now).toString()));
        }
    }

    /**
     * Applies {@code action} to the shift in hand and journals it as the entry after those the shift was built
     * from. It runs inside a unit of the store, so the shift is kept only once the unit has committed the entry and
     * forced it to disk: when anything fails, {@link #unit} throws the shift away and the next command rebuilds what
     * the journal holds.
     */
    private Object journaled(SessionRecord record, Shift shift, Action action) {
        Object result = action.applyTo(shift);
        int position = caches.actions() + 1;
        if (!store.appendAt(record.id(), position, action.encode(), wallClock.getAsLong())) {
            caches.forget();
            throw GameException.refused("another nightshift process acted on session " + record.id()
                    + " at the same moment, so this action was not recorded; type the command again");
        }
        caches.remember(record.id(), position, shift);
        // the snapshot for one-shot reads commits with the entry; a real-time session's clock moves on regardless
        if (shift.pace().isManual()) {
            views.put(record.id(), position, StoredCard.write(QueueView.of(position, shift)));
        }
        snapshots.keep(record, shift, position);
        return result;
    }

    /**
     * Runs {@code work} as one unit of the store: this process alone reads and writes the journal meanwhile, and a
     * shift the unit changed is kept only when the unit's writes are durable.
     */
    private <T> T unit(java.util.function.Supplier<T> work) {
        String idBefore = caches.id();
        int actionsBefore = caches.actions();
        try {
            return store.exclusively(work);
        } catch (RuntimeException | Error e) {
            if (!java.util.Objects.equals(idBefore, caches.id()) || actionsBefore != caches.actions()) {
                caches.forget();
            }
            throw e;
        }
    }

    /** An action's unit: a store failure becomes the one sentence saying the action was not recorded, and why. */
    private <T> T act(java.util.function.Supplier<T> work) {
        try {
            return unit(work);
        } catch (StoreException e) {
            caches.forget();
            throw GameException.refused((e.mayBeRecorded() ? "the action may not have been recorded: "
                    : "the action was not recorded: ") + e.reason() + "; " + e.advice());
        }
    }

    /** The shift snapshots this process keeps and restores from. */
    Snapshots snapshots() {
        return snapshots;
    }

    /** The wall clock a real-time session's time follows (epoch milliseconds). */
    long wallMillis() {
        return wallClock.getAsLong();
    }

    public List<SessionRecord> sessions() {
        return store.all();
    }

    /** Makes a stored session current again and rebuilds it. */
    public Shift resume(String id) {
        SessionRecord record = store.find(id.trim().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> GameException.badInput("there is no session " + id + "; 'sessions' lists them"));
        return unit(() -> {
            store.setCurrent(record.id());
            return fresh();
        });
    }

    public List<CaseAlert> waitFor(Duration duration) {
        return perform(Action.of("wait", duration.toString()));
    }

    public List<CaseAlert> next() {
        return perform(Action.of("next"));
    }

    public CaseAlert view(String alertId) {
        return perform(Action.of("view", alertId));
    }

    public SearchResult search(String query, int limit) {
        EventQuery.parse(query);
        return perform(Action.of("search", query, Integer.toString(limit)));
    }

    /** Looks an indicator up in the shift's threat-intelligence feeds (journaled: it costs simulated time). */
    public java.util.Optional<IntelFeeds.Entry> intel(String indicator) {
        Indicator.parse(indicator);
        return perform(Action.of("intel", indicator));
    }

    /** An entity's card and recent activity (journaled: it costs simulated time). */
    public Whois whois(EntityKind kind, String name) {
        return perform(Action.of("whois", kind.word(), name));
    }

    /** The scenario's next hint (journaled: the score card counts it). */
    public String hint() {
        return perform(Action.of("hint"));
    }

    public CaseAlert triage(String alertId, Verdict verdict, List<String> techniques, String note) {
        return perform(Action.of("triage", alertId, verdict.word(), String.join(",", techniques), note));
    }

    /** Closes every open alert of a rule whose events all match {@code where} (null or blank: all of them). */
    public List<CaseAlert> triageRule(String rule, String where, Verdict verdict, String note) {
        String query = where == null ? "" : where.trim();
        if (!query.isEmpty()) {
            EventQuery.filter(query, "--where");
        }
        return perform(Action.of("triage-rule", rule, query, verdict.word(), note));
    }

    public CaseAlert escalate(String alertId, Severity severity, String note) {
        return perform(Action.of("escalate", alertId, severity.word(), note));
    }

    public Shift contain(EntityKind kind, String name) {
        return perform(Action.of("contain", kind.word(), name));
    }

    public Shift release(EntityKind kind, String name) {
        return perform(Action.of("release", kind.word(), name));
    }

    /**
     * Ends the current shift: the rest of it plays without the trainee (journaled, so a rebuild sees the same), then
     * it is scored, the score card stored and the session closed.
     */
    public ScoreCard end() {
        return act(() -> {
            SessionRecord record = requireActive();
            Shift shift = (Shift) journaled(record, fresh(), Action.of("finish"));
            ScoreCard card = Scorer.score(Outcomes.of(shift));
            store.end(record.id(), StoredCard.write(card));
            return card;
        });
    }

    /** The score card of the current session, once it has ended. */
    public ScoreCard score() {
        SessionRecord found = currentRecord();
        List<String> journal = found.status() == SessionRecord.Status.ACTIVE ? store.journal(found.id()) : List.of();
        // a finish the journal holds ends the session: rebuilding the shift closes it (no other entry can)
        SessionRecord record = !journal.isEmpty()
                && Action.decode(journal.get(journal.size() - 1)).verb().equals("finish") ? unit(() -> {
            fresh();
            return currentRecord();
        }) : found;
        if (record.status() != SessionRecord.Status.ENDED) {
            throw GameException.refused("session " + record.id() + " is still running; type 'end' to finish the shift");
        }
        return storedCard(record);
    }

    /**
     * The result file (unsigned) of a session of this home, the current one when {@code id} is null: only once it
     * has ended, since the result's debrief holds the truth that a running shift never shows.
     */
    public dev.nightshift.result.ResultFile result(String id) {
        SessionRecord record = id == null ? currentRecord()
                : store.find(id.trim().toUpperCase(java.util.Locale.ROOT)).orElseThrow(() -> GameException.badInput(
                        "there is no session " + id + "; 'sessions' lists them"));
        if (record.role().equals(Role.ENGINEER.word())) {
            throw GameException.refused("session " + record.id() + " is an engineer's change window; its result"
                    + " comes from the change windows");
        }
        if (record.status() != SessionRecord.Status.ENDED) {
            throw GameException.refused("session " + record.id() + " is still running, and its result and reports"
                    + " exist only once the shift has ended; type 'end' to finish it");
        }
        ScoreCard card = storedCard(record);
        return Results.of(record, scenarioOf(record, "replayed"), store.entries(record.id()), card);
    }

    @SuppressWarnings("unchecked")
    private <T> T perform(Action action) {
        return act(() -> {
            SessionRecord record = requireActive();
            return (T) journaled(record, fresh(), action);
        });
    }

    private SessionRecord requireActive() {
        SessionRecord record = currentRecord();
        if (record.status() == SessionRecord.Status.ENDED) {
            throw GameException.refused("session " + record.id() + " has ended; 'score' shows its card, 'start' begins another");
        }
        return record;
    }

    private ScoreCard storedCard(SessionRecord record) {
        return store.score(record.id()).map(json -> StoredCard.read(json, ScoreCard.class))
                .orElseThrow(() -> GameException.refused("session " + record.id() + " has no score card"));
    }

    /** The session's scenario, which must still load for the session to be {@code rebuilt} or {@code replayed}. */
    private Scenario scenarioOf(SessionRecord record, String doing) {
        try {
            return library.load(record.scenario());
        } catch (ScenarioException e) {
            throw GameException.refused("session " + record.id() + " cannot be " + doing + ": its scenario "
                    + record.scenario() + " no longer loads (" + e.errors().get(0) + ")");
        }
    }

    /** The session's shift after the entries of {@code journal}: from its snapshot when one fits, else replayed. */
    Shift rebuild(SessionRecord record, List<String> journal) {
        return snapshots.shiftAfter(record, journal);
    }
}
