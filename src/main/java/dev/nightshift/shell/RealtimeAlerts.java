package dev.nightshift.shell;

import dev.nightshift.game.CaseAlert;
import dev.nightshift.game.RealtimeWatch;
import dev.nightshift.game.Sessions;
import dev.nightshift.store.SessionStore;
import java.util.List;
import org.jline.reader.LineReader;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * In the open shell, a session at real-time pace shows its new alerts at the prompt as they arrive, above the line
 * being typed, every {@value #PERIOD_MILLIS} ms while the shell waits for input (never in the middle of a command's
 * answer). One-shot commands and scripts start no watcher.
 */
@Component
@Lazy(false)
class RealtimeAlerts implements ApplicationListener<ApplicationStartedEvent> {

    static final long PERIOD_MILLIS = 2000;
    private final ObjectProvider<Sessions> sessions;
    private final ObjectProvider<SessionStore> store;
    private final ObjectProvider<LineReader> lineReader;

    RealtimeAlerts(ObjectProvider<Sessions> sessions, ObjectProvider<SessionStore> store,
                   ObjectProvider<LineReader> lineReader) {
        this.sessions = sessions;
        this.store = store;
        this.lineReader = lineReader;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (!Boolean.getBoolean("nightshift.interactive")) {
            return;
        }
        Thread watcher = new Thread(this::watch, "nightshift-realtime-alerts");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch() {
        RealtimeWatch watch = null;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(PERIOD_MILLIS);
                LineReader reader = lineReader.getIfAvailable();
                if (reader == null || !reader.isReading()) {
                    continue; // a command is answering: its own output says what arrived
                }
                if (watch == null) {
                    watch = new RealtimeWatch(sessions.getObject(), store.getObject());
                }
                String text = shown(watch.look());
                if (text != null && reader.isReading()) {
                    reader.printAbove(text);
                    if (reader instanceof org.jline.reader.impl.LineReaderImpl impl) {
                        // the prompt's clock moves on with the alerts (the prompt itself would ask the shift of record)
                        impl.setPrompt(new org.jline.utils.AttributedString("nightshift " + watch.sessionId() + " "
                                + Render.clock(watch.now()).substring(0, 5) + "> ", org.jline.utils.AttributedStyle
                                .DEFAULT.foreground(org.jline.utils.AttributedStyle.CYAN)).toAnsi(reader.getTerminal()));
                        reader.callWidget(LineReader.REDRAW_LINE);
                        reader.callWidget(LineReader.REDISPLAY);
                    }
                }
            } catch (InterruptedException stop) {
                return;
            } catch (RuntimeException anything) {
                // the prompt's own commands report what is wrong with the session; the watcher only stays quiet
                LoggerFactory.getLogger(RealtimeAlerts.class).debug("real-time watch", anything);
            }
        }
    }

    /** The text shown for alerts that arrived, or null when none did. */
    static String shown(List<CaseAlert> arrived) {
        return arrived.isEmpty() ? null : "[" + Render.time(arrived.get(arrived.size() - 1).raisedAt()) + "]\n"
                + Render.newAlerts(arrived);
    }
}
