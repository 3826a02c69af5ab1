package dev.nightshift.serve;

import dev.nightshift.assess.Assessments;
import dev.nightshift.assess.Seating;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exam room: who sits where, one lock per candidate (their commands and their time running out never overlap),
 * the connections each candidate has open, and the timers that end a session when its time limit passes, whether
 * the candidate is connected or not.
 */
final class Room implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Room.class);
    private final Assessments assessments;
    private final Commands commands;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Set<CandidateChannel>> open = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nightshift-time-limits");
        t.setDaemon(true);
        return t;
    });

    Room(Assessments assessments, Commands commands) {
        this.assessments = assessments;
        this.commands = commands;
    }

    Assessments assessments() {
        return assessments;
    }

    Commands commands() {
        return commands;
    }

    /** Keeps the time limits of every candidate who logged in before this server started. */
    void resumeTimers() {
        for (Seating s : assessments.started()) {
            if (assessments.active(s)) {
                schedule(s);
            }
        }
    }

    /** Runs {@code work} holding the candidate's lock. */
    <T> T exclusively(String login, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(login, k -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    void enter(Seating seating, CandidateChannel channel) {
        open.computeIfAbsent(seating.login(), k -> ConcurrentHashMap.newKeySet()).add(channel);
        schedule(seating);
    }

    void leave(String login, CandidateChannel channel) {
        Set<CandidateChannel> channels = open.get(login);
        if (channels != null) {
            channels.remove(channel);
        }
    }

    private void schedule(Seating seating) {
        timers.computeIfAbsent(seating.login(), login -> clock.schedule(() -> timeUp(seating),
                Math.max(0, seating.deadlineMillis() - assessments.now()), TimeUnit.MILLISECONDS));
    }

    /** The time limit passed: end and score the session, then tell every open connection and close it. */
    private void timeUp(Seating seating) {
        try {
            exclusively(seating.login(), () -> assessments.finish(seating));
            log.info("time is up for {}: session {} ended and scored", seating.login(), seating.candidate().sessionId());
        } catch (RuntimeException e) {
            log.error("could not end the session of {} when its time ran out", seating.login(), e);
        }
        Set<CandidateChannel> channels = open.getOrDefault(seating.login(), Set.of());
        channels.forEach(CandidateChannel::timeUp);
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
