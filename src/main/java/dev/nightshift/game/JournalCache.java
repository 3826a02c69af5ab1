package dev.nightshift.game;

/**
 * Each thread's last session state (a shift, a change window): which session, how many journal entries it was built
 * from, and the state itself. A server plays one candidate per thread; the command line has one thread. A state is
 * reused only while the journal still has exactly the entries it was built from.
 */
public final class JournalCache<T> {

    private final ThreadLocal<Entry<T>> entries = ThreadLocal.withInitial(Entry::new);

    private static final class Entry<T> {
        private String id;
        private int actions;
        private T state;
    }

    /** The state built from {@code actions} entries of session {@code id}, or null when this thread holds another. */
    public T get(String id, int actions) {
        Entry<T> entry = entries.get();
        return id.equals(entry.id) && entry.actions == actions ? entry.state : null;
    }

    public String id() {
        return entries.get().id;
    }

    public int actions() {
        return entries.get().actions;
    }

    /** The state this thread last kept, whatever the journal holds now (null: none). */
    public T state() {
        return entries.get().state;
    }

    public void remember(String id, int actions, T state) {
        Entry<T> entry = entries.get();
        entry.id = id;
        entry.actions = actions;
        entry.state = state;
    }

    public void forget() {
        remember(null, 0, null);
    }
}
