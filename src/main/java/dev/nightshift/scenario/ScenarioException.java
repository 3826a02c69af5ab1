package dev.nightshift.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario could not be loaded; it carries every error found, each with its position. */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioError> errors;

    public ScenarioException(List<ScenarioError> errors) {
        super(errors.stream().map(ScenarioError::format).collect(Collectors.joining("\n")), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every error, in file order. */
    public List<ScenarioError> errors() {
        return errors;
    }
}
