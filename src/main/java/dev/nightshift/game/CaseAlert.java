package dev.nightshift.game;

import dev.nightshift.detection.Alert;
import dev.nightshift.scoring.Severity;
import dev.nightshift.scoring.Verdict;
import dev.nightshift.telemetry.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An entry of the trainee's queue ({@code A-001}): the alerts one rule raised on one subject while the entry was
 * open, folded together as a SIEM groups them, and what the trainee did with it.
 */
public final class CaseAlert implements java.io.Serializable {

    private final String id;
    private final Map<String, String> subject;
    /** Every alert folded in, oldest first; a snapshot writes them compactly ({@link #writeObject}). */
    private transient List<Alert> occurrences = new ArrayList<>();
    /** The events of every occurrence, in order. */
    private transient List<Event> events = new ArrayList<>();
    private Instant firstActionAt;
    private Instant openedAt;
    private Verdict verdict;
    private boolean informed;
    private boolean bulk;
    private List<String> techniques = List.of();
    private String note;
    private Severity escalation;
    private Instant escalatedAt;

    CaseAlert(String id, Alert alert) {
        this.id = Objects.requireNonNull(id, "id");
        this.subject = AlertSubject.of(alert);
        fold(alert);
    }

    public String id() {
        return id;
    }

    /** The first alert of this entry: its rule, title, level and metadata stand for all. */
    public Alert alert() {
        return occurrences.get(0);
    }

    public Map<String, String> subject() {
        return subject;
    }

    /** How many times the rule fired on this subject while the entry was open. */
    public int count() {
        return occurrences.size();
    }

    public Instant raisedAt() {
        return alert().time();
    }

    public Instant lastSeenAt() {
        return occurrences.get(occurrences.size() - 1).time();
    }

    /** Every event behind the entry, oldest first. */
    public List<Event> events() {
        return List.copyOf(events);
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

    /** When the trainee first read this entry, itself or, for a bulk verdict, one like it: its acknowledgement. */
    public Instant firstActionAt() {
        return firstActionAt;
    }

    /** Whether the trainee has opened this entry ({@code alert A-001}). */
    public boolean opened() {
        return openedAt != null;
    }

    public boolean isOpen() {
        return verdict == null;
    }

    /** new, open (read, no verdict), closed, or escalated: the word the queue shows. */
    public String state() {
        if (escalation != null) {
            return "escalated";
        }
        return verdict == null ? (firstActionAt == null ? "new" : "open") : "closed";
    }

    /** Whether another alert belongs to this entry: same rule, same subject, and the entry still open. */
    boolean takes(Alert other) {
        return isOpen() && other.ruleId().equals(alert().ruleId()) && AlertSubject.of(other).equals(subject);
    }

    void fold(Alert alert) {
        occurrences.add(alert);
        events.addAll(alert.events());
    }

    /**
     * For a snapshot: the first occurrence whole, then each later one that differs from it only in its time and
     * events as just those (a long shift folds thousands of alerts into a few hundred entries).
     */
    @java.io.Serial
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
        Alert first = occurrences.get(0);
        out.writeObject(first);
        out.writeInt(occurrences.size() - 1);
        for (Alert alert : occurrences.subList(1, occurrences.size())) {
            boolean alike = alert.ruleId().equals(first.ruleId()) && alert.title().equals(first.title())
                    && alert.level().equals(first.level()) && alert.author().equals(first.author())
                    && alert.description().equals(first.description()) && alert.tags().equals(first.tags())
                    && alert.correlation() == first.correlation() && alert.groupBy().equals(first.groupBy());
            out.writeBoolean(alike);
            if (!alike) {
                out.writeObject(alert);
                continue;
            }
            out.writeLong(alert.time().getEpochSecond());
            out.writeInt(alert.time().getNano());
            out.writeInt(alert.events().size());
            for (Event event : alert.events()) {
                if (out instanceof ShiftSnapshot.EventPositions apart) {
                    out.writeInt(apart.position(event));
                } else {
                    out.writeObject(event);
                }
            }
        }
    }

    @java.io.Serial
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        occurrences = new ArrayList<>();
        events = new ArrayList<>();
        Alert first = (Alert) in.readObject();
        fold(first);
        int more = in.readInt();
        for (int i = 0; i < more; i++) {
            if (!in.readBoolean()) {
                fold((Alert) in.readObject());
                continue;
            }
            Instant time = Instant.ofEpochSecond(in.readLong(), in.readInt());
            Event[] theirs = new Event[in.readInt()];
            for (int e = 0; e < theirs.length; e++) {
                theirs[e] = in instanceof ShiftSnapshot.EventsByPosition apart ? apart.event(in.readInt())
                        : (Event) in.readObject();
            }
            fold(new Alert(first.ruleId(), first.title(), first.level(), first.author(), first.description(),
                    first.tags(), first.correlation(), time, List.of(theirs), first.groupBy()));
        }
    }

    void open(Instant at) {
        touch(at);
        if (openedAt == null) {
            openedAt = at;
        }
    }

    private void touch(Instant at) {
        if (firstActionAt == null) {
            firstActionAt = at;
        }
    }

    /** A verdict; it acknowledges nothing: only reading the alert does (a verdict without reading it is a guess). */
    void triage(Instant at, Verdict newVerdict, List<String> newTechniques, String newNote) {
        verdict = newVerdict;
        informed = openedAt != null;
        bulk = false;
        techniques = List.copyOf(newTechniques);
        note = newNote;
    }

    /** Closed by a bulk verdict on its rule, after the trainee read one of the entries it closed. */
    void triageInBulk(Instant at, Verdict newVerdict, String newNote) {
        touch(at);
        verdict = newVerdict;
        informed = true;
        bulk = true;
        techniques = List.of();
        note = newNote;
    }

    void escalate(Instant at, Severity severity, String newNote) {
        escalation = severity;
        escalatedAt = at;
        if (newNote != null) {
            note = newNote;
        }
    }

    Instant escalatedAt() {
        return escalatedAt;
    }

    /** Whether the verdict was given after reading the entry (or one like it, in bulk), not blind. */
    boolean informed() {
        return informed;
    }

    boolean bulk() {
        return bulk;
    }

    /** The hidden truth, for scoring only: the attack stages of the events behind this entry. */
    Set<String> attackStages() {
        Set<String> stages = new LinkedHashSet<>();
        for (Event event : events) {
            if (event.truth().isAttack()) {
                stages.add(event.truth().stage());
            }
        }
        return stages;
    }

    /** The hidden truth, for scoring only: when the first alert holding an attack event joined this entry. */
    Instant attackSince() {
        for (Alert a : occurrences) {
            for (Event event : a.events()) {
                if (event.truth().isAttack()) {
                    return a.time();
                }
            }
        }
        return null;
    }
}
