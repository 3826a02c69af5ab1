package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.List;

/** The errors found while loading one rule file, in the order found. */
final class Problems {

    private final String file;
    private final List<RuleError> errors = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(Pos pos, String message) {
        errors.add(new RuleError(file, pos.line(), pos.column(), message));
    }

    int count() {
        return errors.size();
    }

    List<RuleError> errors() {
        return List.copyOf(errors);
    }
}
