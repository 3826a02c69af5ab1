package dev.nightshift.serve;

import dev.nightshift.assess.CandidatePolicy;
import dev.nightshift.assess.Seating;
import dev.nightshift.game.GameException;
import dev.nightshift.store.CandidateRecord;
import dev.nightshift.store.SessionStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One candidate's shell over one SSH channel: its own thread reads their lines and runs the commands their role
 * allows with their session bound, under their lock, until they leave, their session ends or their time runs out.
 */
final class CandidateChannel implements Command, Runnable {

    /** The candidate a connection authenticated as, set by {@link Logins}. */
    static final AttributeRepository.AttributeKey<CandidateRecord> CANDIDATE = new AttributeRepository.AttributeKey<>();
    private static final Logger log = LoggerFactory.getLogger(CandidateChannel.class);
    private static final Set<String> LEAVE = Set.of("exit", "quit", "logout");
    private final Room room;
    private final AtomicBoolean exited = new AtomicBoolean();
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private CandidateRecord candidate;
    private Environment environment;
    private volatile Terminal terminal;
    private volatile boolean timeUp;
    private Thread thread;

    CandidateChannel(Room room) {
        this.room = room;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        candidate = channel.getSession().getAttribute(CANDIDATE);
        environment = env;
        thread = new Thread(this, "nightshift-" + (candidate == null ? "nobody" : candidate.login()));
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void destroy(ChannelSession channel) {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public void run() {
        Seating seating = null;
        try {
            terminal = Terminal.of(in, out, err, environment);
            if (candidate == null) {
                terminal.error("this connection has no candidate; log in with the login 'assessment create' printed");
                return;
            }
            seating = room.exclusively(candidate.login(), () -> room.assessments().sitDown(candidate));
            if (overdue(seating)) {
                return;
            }
            room.enter(seating, this);
            play(seating);
        } catch (GameException e) {
            terminal.error(e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            if (!timeUp && !Thread.currentThread().isInterrupted()) {
                log.error("the connection of {} failed", candidate == null ? "?" : candidate.login(), e);
            }
        } finally {
            if (seating != null) {
                room.leave(seating.login(), this);
            }
            close(0);
        }
    }

    private void play(Seating seating) throws java.io.IOException {
        CandidatePolicy policy = seating.policy();
        terminal.print((seating.resumed() ? "Welcome back, " + seating.candidate().name() + ": your session goes on where"
                + " it was." : "Welcome, " + seating.candidate().name() + ". This is assessment "
                + seating.assessment().id() + "; you play the " + policy.role().word() + ".") + " Time left: "
                + left(seating) + ". Type 'help' for your commands.\n" + status(seating));
        while (!timeUp) {
            String line = terminal.read("[" + left(seating) + " left] nightshift> ");
            if (line == null || timeUp) {
                return;
            }
            List<String> words;
            try {
                words = room.commands().words(line);
            } catch (RuntimeException e) {
                terminal.error("cannot read that line (an unclosed quote?); type the command again");
                continue;
            }
            if (words.isEmpty()) {
                continue;
            }
            if (LEAVE.contains(words.get(0))) {
                terminal.print("Your session is kept: log in again to carry on. Your time keeps running (" + left(seating)
                        + " left).");
                return;
            }
            if (words.get(0).equals("help")) {
                help(policy);
                continue;
            }
            Optional<String> command = room.commands().commandOf(words);
            if (command.isEmpty()) {
                terminal.error("unknown command '" + String.join(" ", words) + "': type 'help' to list your commands");
                continue;
            }
            Optional<String> refusal = policy.refusal(command.get());
            if (refusal.isPresent()) {
                terminal.error(refusal.get());
                continue;
            }
            if (!execute(seating, words, CandidatePolicy.FINISHING.contains(command.get()))) {
                return;
            }
        }
    }

    /** Runs one allowed command; false when the session is over (ended by the candidate or by the clock). */
    private boolean execute(Seating seating, List<String> words, boolean finishing) {
        int code = room.exclusively(seating.login(), () -> {
            if (room.assessments().now() >= seating.deadlineMillis()) {
                room.assessments().finish(seating);
                return -1;
            }
            PrintWriter output = finishing ? new PrintWriter(java.io.OutputStream.nullOutputStream()) : terminal.out();
            return SessionStore.seated(seating.seat(), () -> room.commands().run(words, output, terminal.err()));
        });
        terminal.flush();
        if (code == -1) {
            timeUp();
            return false;
        }
        if (finishing && code == 0) {
            terminal.print("Your session has ended and is scored; the hiring team has your results. Thank you.");
            return false;
        }
        return true;
    }

    private boolean overdue(Seating seating) {
        boolean over = room.assessments().now() >= seating.deadlineMillis() || !room.assessments().active(seating);
        if (over) {
            room.exclusively(seating.login(), () -> room.assessments().finish(seating));
            terminal.print("Your time for this assessment is over: your session has ended and is scored. Thank you.");
        }
        return over;
    }

    private String status(Seating seating) {
        java.io.StringWriter text = new java.io.StringWriter();
        room.exclusively(seating.login(), () -> SessionStore.seated(seating.seat(), () -> room.commands()
                .run(List.of("status"), new PrintWriter(text, true), terminal.err())));
        return text.toString().stripTrailing();
    }

    private void help(CandidatePolicy policy) {
        StringBuilder out = new StringBuilder("Your commands:\n");
        for (String c : policy.commands()) {
            out.append(String.format("  %-14s %s%n", c, room.commands().description(c)));
        }
        out.append(String.format("  %-14s %s%n", "help", "This list."));
        out.append(String.format("  %-14s %s", "exit", "Leave; log in again to carry on while your time lasts."));
        terminal.print(out.toString());
    }

    private String left(Seating seating) {
        Duration d = Duration.ofMillis(Math.max(0, seating.deadlineMillis() - room.assessments().now()));
        long minutes = d.toMinutes();
        return minutes >= 60 ? (minutes / 60) + "h" + String.format("%02d", minutes % 60) + "m"
                : minutes >= 1 ? minutes + "m" : d.toSeconds() + "s";
    }

    /** The candidate's time ran out: say so and close the connection (the room has ended the session). */
    void timeUp() {
        timeUp = true;
        Terminal t = terminal;
        if (t != null && !exited.get()) {
            t.print("\nTime is up: your session has ended and is scored. Thank you.");
        }
        close(0);
    }

    private void close(int code) {
        if (exited.compareAndSet(false, true) && exit != null) {
            Terminal t = terminal;
            if (t != null) {
                t.flush();
            }
            exit.onExit(code);
        }
    }
}
