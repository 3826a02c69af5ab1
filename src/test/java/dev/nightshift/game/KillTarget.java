package dev.nightshift.game;

import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.store.SessionRecord;
import dev.nightshift.store.SessionStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Properties;

/**
 * The child process of {@link KillNineTest}: plays a scripted shift {@code rounds} times over on the home's real
 * database (the URL nightshift itself uses), continuing wherever the journal says it got to, and prints
 * {@code ack <round> <step>} once each step has returned, that is once nightshift would have answered it.
 */
final class KillTarget {

    private KillTarget() {
    }

    public static void main(String[] args) throws IOException {
        String home = args[0];
        int rounds = Integer.parseInt(args[1]);
        ScriptedShift script = ScriptedShift.named(args[2]);
        PrintStream out = System.out;
        SessionStore store = SessionStore.open(url(home), "sa", "").keepOpen(); // as nightshift's own store
        Sessions sessions = new Sessions(store, ScenarioLibrary.bundled());
        dev.nightshift.engineer.ChangeWindows windows = new dev.nightshift.engineer.ChangeWindows(store,
                ScenarioLibrary.bundled());
        List<SessionRecord> all = store.all();
        int round = all.size();
        int step;
        if (all.isEmpty()) {
            round = 1;
            step = 0;
        } else {
            SessionRecord last = all.get(all.size() - 1);
            int journaled = store.journal(last.id()).size();
            out.println("at " + round + " " + journaled + " " + last.status());
            if (last.status() == SessionRecord.Status.ENDED) {
                round++;
                step = 0;
            } else {
                if (script.isEngineer()) {
                    windows.resume(last.id());
                } else {
                    sessions.resume(last.id());
                }
                step = journaled + 1;
            }
        }
        out.flush();
        for (; round <= rounds; round++, step = 0) {
            for (; step < script.steps().size(); step++) {
                script.steps().get(step).run(sessions, windows);
                out.println("ack " + round + " " + step);
                out.flush();
            }
        }
        out.println("done");
        out.flush();
    }

    /** The database URL of nightshift's own configuration, for this home. */
    static String url(String home) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KillTarget.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("nightshift.db.url").replace("${nightshift.home}", home);
    }
}
