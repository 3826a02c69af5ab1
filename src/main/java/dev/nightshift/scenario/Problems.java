package dev.nightshift.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** The errors found so far in one scenario file, each placed at a YAML node or mark. */
final class Problems {

    private final String file;
    private final List<ScenarioError> errors = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(Node node, String path, String message) {
        at(node == null ? null : node.getStartMark(), path, message);
    }

    void at(Mark mark, String path, String message) {
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        errors.add(new ScenarioError(file, line, column, message, path));
    }

    /** An error about the whole file rather than a place in it. */
    void inFile(String message) {
        errors.add(new ScenarioError(file, 1, 1, message, ""));
    }

    int count() {
        return errors.size();
    }

    boolean any() {
        return !errors.isEmpty();
    }

    /** The errors in file order (line, then column); errors at the same place keep the order they were found in. */
    List<ScenarioError> sorted() {
        List<ScenarioError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparingInt(ScenarioError::line).thenComparingInt(ScenarioError::column));
        return out;
    }
}
