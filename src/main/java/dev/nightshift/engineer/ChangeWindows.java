package dev.nightshift.engineer;

import dev.nightshift.game.Action;
import dev.nightshift.game.GameException;
import dev.nightshift.game.JournalCache;
import dev.nightshift.game.StoredCard;
import dev.nightshift.game.Role;
import dev.nightshift.scenario.Scenario;
import dev.nightshift.scenario.ScenarioException;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.scoring.EngineerCard;
import dev.nightshift.store.SessionRecord;
import dev.nightshift.store.SessionStore;
import dev.nightshift.store.StoreException;
import java.util.List;

/**
 * The engineers' sessions of this nightshift home: opens a change window, applies each change and journals it before
 * answering, rebuilds a window after a restart by replaying its journal, and keeps the card once deployed. A change
 * that cannot be journaled is undone here too: the window is rebuilt from the journal on the next command.
 */
public final class ChangeWindows {

    private final SessionStore store;
    private final ScenarioLibrary library;
    /** Each thread's last window: a server plays one candidate per thread, the command line has one thread. */
    private final JournalCache<ChangeWindow> caches = new JournalCache<>();

    public ChangeWindows(SessionStore store, ScenarioLibrary library) {
        this.store = store;
        this.library = library;
    }

    /** Opens a window on the scenario (a library id or a path) and makes it the current session. */
    public ChangeWindow start(String scenarioRef, Long seed) throws ScenarioException {
        return start(scenarioRef, seed, null);
    }

    /** Opens a window as {@link #start(String, Long)}, recording the candidate it belongs to (null: nobody's). */
    public ChangeWindow start(String scenarioRef, Long seed, String candidate) throws ScenarioException {
        Scenario scenario = library.load(scenarioRef);
        long actual = seed == null ? scenario.seed() : seed;
        ChangeWindow window = ChangeWindow.open(scenario, actual);
        SessionRecord record = act(() -> store.create(scenarioRef, Role.ENGINEER.word(), actual, "manual", candidate));
        remember(record.id(), 0, window);
        return window;
    }

    /** Whether the current session is an engineer's. */
    public boolean currentIsEngineer() {
        return store.current().map(r -> r.role().equals(Role.ENGINEER.word())).orElse(false);
    }

    public SessionRecord currentRecord() {
        SessionRecord record = store.current().orElseThrow(() -> GameException.refused(
                "no session yet; start one with: start --scenario tutorial-brute-force --role engineer"));
        if (!record.role().equals(Role.ENGINEER.word())) {
            throw GameException.refused("session " + record.id() + " is an analyst's shift: the rule commands belong to"
                    + " the engineer's change window (start --scenario " + record.scenario() + " --role engineer)");
        }
        return record;
    }

    /** The current window, rebuilt from its journal when this process has not played it yet. */
    public ChangeWindow current() {
        SessionRecord record = currentRecord();
        List<String> journal = store.journal(record.id());
        ChangeWindow cached = caches.get(record.id(), journal.size());
        if (cached != null) {
            return cached;
        }
        ChangeWindow window = rebuild(record, journal);
        if (window.deployed() && record.status() == SessionRecord.Status.ACTIVE) {
            // the journal is the truth: a deploy it holds closes the session, whatever happened after it was written
            ChangeWindow deployed = window;
            act(() -> {
                store.end(record.id(), StoredCard.write(deployed.card()));
                return null;
            });
        }
        remember(record.id(), journal.size(), window);
        return window;
    }

    /**
     * Applies an action to the current window and journals it as the entry after those the window was built from,
     * inside one unit of the store: the window is kept only once the entry is committed and forced to disk; when
     * anything fails, the window is thrown away and the next command rebuilds what the journal holds.
     */
    public Object perform(Action action) {
        return act(() -> journaled(action));
    }

    private Object journaled(Action action) {
        SessionRecord record = currentRecord();
        if (record.status() == SessionRecord.Status.ENDED && !action.verb().equals("search")) {
            throw GameException.refused("session " + record.id() + " is deployed and over; 'score' shows its card,"
                    + " 'start' opens another window");
        }
        ChangeWindow window = current();
        int position = caches.actions() + 1;
        Object result = window.apply(action);   // a refused change leaves the window as it was
        forget();                               // a changed window is kept only once the journal holds the change
        if (!store.appendAt(record.id(), position, action.encode())) {
            throw GameException.refused("another nightshift process changed session " + record.id()
                    + " at the same moment, so this change was not recorded; type the command again");
        }
        remember(record.id(), position, window);
        return result;
    }

    private <T> T act(java.util.function.Supplier<T> work) {
        try {
            return store.exclusively(work);
        } catch (StoreException e) {
            forget();
            throw GameException.refused((e.mayBeRecorded() ? "the change may not have been recorded: "
                    : "the change was not recorded: ") + e.reason() + "; " + e.advice());
        }
    }

    /** Deploys the change set: grades it on the held-out week, keeps the card and closes the session, in one unit. */
    public EngineerCard deploy() {
        return act(() -> {
            SessionRecord record = currentRecord();
            EngineerCard card = (EngineerCard) journaled(Action.of("deploy"));
            store.end(record.id(), StoredCard.write(card));
            return card;
        });
    }

    /** The card of the current window, once deployed. */
    public EngineerCard score() {
        SessionRecord found = currentRecord();
        // the journal holding the deploy is the end of the window: rebuilding it closes the session
        SessionRecord record = found.status() != SessionRecord.Status.ENDED && current().deployed()
                ? currentRecord() : found;
        if (record.status() != SessionRecord.Status.ENDED) {
            throw GameException.refused("session " + record.id() + " is still open; 'rule deploy' deploys the change"
                    + " set and prints the card");
        }
        return store.score(record.id()).map(json -> StoredCard.read(json, EngineerCard.class))
                .orElseThrow(() -> GameException.refused("session " + record.id() + " has no score card"));
    }

    /**
     * The result file (unsigned) of an engineer's session of this home, the current one when {@code id} is null: once
     * deployed, with every journaled change and its wall time (a window has no simulated clock).
     */
    public dev.nightshift.result.ResultFile result(String id) {
        SessionRecord record = id == null ? currentRecord()
                : store.find(id.trim().toUpperCase(java.util.Locale.ROOT)).orElseThrow(() -> GameException.badInput(
                        "there is no session " + id + "; 'sessions' lists them"));
        if (record.status() != SessionRecord.Status.ENDED) {
            throw GameException.refused("session " + record.id() + " is still open, and its result and reports exist"
                    + " only once it is deployed; 'rule deploy' deploys the change set");
        }
        EngineerCard card = store.score(record.id()).map(json -> StoredCard.read(json, EngineerCard.class))
                .orElseThrow(() -> GameException.refused("session " + record.id() + " has no score card"));
        String title;
        try {
            title = library.load(record.scenario()).title();
        } catch (ScenarioException e) {
            title = null;
        }
        List<dev.nightshift.result.ResultFile.Step> steps = store.entries(record.id()).stream().map(entry -> {
            Action action = Action.decode(entry.action());
            return new dev.nightshift.result.ResultFile.Step(entry.seq(), action.verb(), action.args(), null, null,
                    entry.wallMillis() == null ? null : java.time.Instant.ofEpochMilli(entry.wallMillis()).toString());
        }).toList();
        return dev.nightshift.result.ResultFile.of(new dev.nightshift.result.ResultFile.Session(record.id(),
                record.scenario(), title, Role.ENGINEER.word(), record.seed(), null, record.candidate(),
                record.pace()), card, steps);
    }

    /** Makes a stored engineer session current again and rebuilds it. */
    public ChangeWindow resume(String id) {
        SessionRecord record = store.find(id.trim().toUpperCase())
                .orElseThrow(() -> GameException.badInput("there is no session " + id + "; 'sessions' lists them"));
        return act(() -> {
            store.setCurrent(record.id());
            return current();
        });
    }

    private ChangeWindow rebuild(SessionRecord record, List<String> journal) {
        Scenario scenario;
        try {
            scenario = library.load(record.scenario());
        } catch (ScenarioException e) {
            throw GameException.refused("session " + record.id() + " cannot be rebuilt: its scenario "
                    + record.scenario() + " no longer loads (" + e.errors().get(0) + ")");
        }
        ChangeWindow window = ChangeWindow.open(scenario, record.seed());
        for (String entry : journal) {
            window.apply(Action.decode(entry));
        }
        return window;
    }

    private void remember(String id, int actions, ChangeWindow window) {
        caches.remember(id, actions, window);
    }

    private void forget() {
        caches.forget();
    }
}
