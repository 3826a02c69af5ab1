package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.List;

/** The errors found while loading one rule file. */
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

    /** The errors in the order of their position in the file. */
    List<RuleError> errors() {
        return errors.stream().sorted(java.util.Comparator.comparingInt(RuleError::line)
                .thenComparingInt(RuleError::column)).toList();
    }
}
