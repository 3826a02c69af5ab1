package dev.nightshift.game;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of what the read-only commands show of a shift ({@code alerts}, {@code status}): the clock, the queue's
 * rows and what is contained, after {@code actions} journal entries. It is taken after each action and kept beside
 * the journal, so a one-shot command on a long session reads it instead of replaying the journal; replaying the
 * journal gives the same snapshot ({@code QueueViewTest}). Times are ISO-8601 text.
 */
public record QueueView(int actions, String now, String end, boolean over, String title, String role, long seed,
                        String pace, List<Row> alerts, List<String> contained) {

    /** One alert as the queue shows it. */
    public record Row(String id, String raisedAt, String level, String title, String ruleId, String state, int count,
                      String subject, boolean open) {

        public static Row of(CaseAlert alert) {
            return new Row(alert.id(), alert.raisedAt().toString(), alert.alert().level(), alert.alert().title(),
                    alert.alert().ruleId(), alert.state(), alert.count(), AlertSubject.text(alert.subject()),
                    alert.isOpen());
        }

        public Instant raised() {
            return Instant.parse(raisedAt);
        }
    }

    public static QueueView of(int actions, Shift shift) {
        return new QueueView(actions, shift.now().toString(), shift.end().toString(), shift.isOver(),
                shift.scenario().title(), shift.role().word(), shift.seed(), shift.pace().text(),
                shift.alerts().stream().map(Row::of).toList(),
                shift.containments().stream().map(c -> c.kind().word() + " " + c.name()).toList());
    }

    /** A stored snapshot, or empty when it cannot be read: a snapshot is never the truth, the journal is replayed. */
    static java.util.Optional<QueueView> read(String json) {
        try {
            return java.util.Optional.of(StoredCard.read(json, QueueView.class));
        } catch (RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }

    public Instant clock() {
        return Instant.parse(now);
    }

    public Instant endsAt() {
        return Instant.parse(end);
    }
}
