package dev.nightshift.engineer;

import dev.nightshift.detection.Alert;
import java.util.Objects;

/**
 * An alert of the history as the engineer sees it: its id ({@code H-00001}), what the rule raised, and the verdict
 * the analysts gave it, which is wrong now and then, as real labels are. Whether it really was an attack stays
 * inside this package, for the labelling and the tickets, and never reaches the engineer.
 */
public final class HistoryAlert {

    /** The analysts' verdict. */
    public enum Label { TRUE_POSITIVE, FALSE_POSITIVE }

    private final String id;
    private final Alert alert;
    private final Label label;
    private final boolean attack;

    HistoryAlert(String id, Alert alert, Label label, boolean attack) {
        this.id = Objects.requireNonNull(id, "id");
        this.alert = Objects.requireNonNull(alert, "alert");
        this.label = Objects.requireNonNull(label, "label");
        this.attack = attack;
    }

    public String id() {
        return id;
    }

    public Alert alert() {
        return alert;
    }

    public Label label() {
        return label;
    }

    public boolean labelledTrue() {
        return label == Label.TRUE_POSITIVE;
    }

    /** The hidden truth: whether any event behind the alert belongs to an attack stage. */
    boolean attack() {
        return attack;
    }
}
