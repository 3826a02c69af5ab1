package dev.nightshift.shell;

import dev.nightshift.game.GameException;
import dev.nightshift.game.Sessions;
import dev.nightshift.game.Shift;
import dev.nightshift.store.SessionRecord;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

/** The interactive prompt: the current session and its simulated clock, e.g. {@code nightshift S-0001 09:14>}. */
@Component
class Prompt implements PromptProvider {

    private final ObjectProvider<Sessions> sessionsProvider;

    Prompt(ObjectProvider<Sessions> sessionsProvider) {
        this.sessionsProvider = sessionsProvider;
    }

    @Override
    public AttributedString getPrompt() {
        String text;
        Sessions sessions = sessionsProvider.getObject();
        try {
            SessionRecord record = sessions.currentRecord();
            if (record.role().equals(dev.nightshift.game.Role.ENGINEER.word())) {
                text = "nightshift " + record.id() + (record.status() == SessionRecord.Status.ENDED ? " (deployed)"
                        : " engineer") + "> ";
            } else if (record.status() == SessionRecord.Status.ENDED) {
                text = "nightshift " + record.id() + " (ended)> ";
            } else {
                Shift shift = sessions.current();
                text = "nightshift " + record.id() + " " + Render.clock(shift.now()).substring(0, 5)
                        + (shift.isOver() ? " (over)" : "") + "> ";
            }
        } catch (GameException | dev.nightshift.store.StoreException noSessionToShow) {
            text = "nightshift> "; // the next command that needs the session says what is wrong
        }
        return new AttributedString(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }
}
