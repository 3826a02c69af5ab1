package dev.nightshift.game;

import dev.nightshift.detection.Alert;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.Verdict;
import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An alert in the trainee's queue: the detection alert, its queue id ({@code A-001}) and what was done with it. */
public final class CaseAlert {

    private final String id;
    private final Alert alert;
    private Instant firstActionAt;
    private Verdict verdict;
    private List<String> techniques = List.of();
    private String note;
    private Severity escalation;
    private Instant escalatedAt;

    CaseAlert(String id, Alert alert) {
        this.id = Objects.requireNonNull(id, "id");
        this.alert = Objects.requireNonNull(alert, "alert");
    }

    public String id() {
        return id;
    }

    public Alert alert() {
        return alert;
    }

    public Instant raisedAt() {
        return alert.time();
    }

    public List<Event> events() {
        return alert.events();
    }

    public Verdict verdict() {
        return verdict;
    }

    public List<String> techniques() {
        return techniques;
    }

    public String note() {
        return note;
    }

    public Severity escalation() {
        return escalation;
    }

    public Instant firstActionAt() {
        return firstActionAt;
    }

    public boolean isOpen() {
        return verdict == null;
    }

    /** open, triaged, or escalated: the word the queue shows. */
    public String state() {
        if (escalation != null) {
            return "escalated";
        }
        return verdict == null ? (firstActionAt == null ? "new" : "open") : "closed";
    }

    void touch(Instant at) {
        if (firstActionAt == null) {
            firstActionAt = at;
        }
    }

    void triage(Instant at, Verdict newVerdict, List<String> newTechniques, String newNote) {
        touch(at);
        verdict = newVerdict;
        techniques = List.copyOf(newTechniques);
        note = newNote;
    }

    void escalate(Instant at, Severity severity, String newNote) {
        touch(at);
        escalation = severity;
        escalatedAt = at;
        if (newNote != null) {
            note = newNote;
        }
    }

    Instant escalatedAt() {
        return escalatedAt;
    }

    /** The hidden truth, for scoring only: the attack stages of the events that raised this alert. */
    Set<String> attackStages() {
        Set<String> stages = new LinkedHashSet<>();
        for (Event event : alert.events()) {
            if (event.truth().isAttack()) {
                stages.add(event.truth().stage());
            }
        }
        return stages;
    }
}
