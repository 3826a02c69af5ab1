package dev.nightshift.detection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.nightshift.telemetry.Truth;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The truth file of a generated events file, as {@code generate --truth} writes it: one JSON object a line,
 * {@code {"index":12,"truth":"attack","stage":"spray","technique":"T1110.003"}}, {@code {"index":5,"truth":
 * "lookalike","lookalike":"password-typos"}} or {@code {"index":0,"truth":"benign"}}, keyed by the 0-based line of
 * the event. Other keys are ignored; a line that breaks this shape is an error at its line and column, and is left
 * out. An event without a label counts as benign.
 */
final class TruthLabels {

    private static final JsonFactory JSON = new JsonFactory();

    /** Where a label was read, so that a label naming no event can be reported at its line. */
    private record Label(Truth truth, int line, int column) {
    }

    private final String file;
    private final Map<Long, Label> labels;

    private TruthLabels(String file, Map<Long, Label> labels) {
        this.file = file;
        this.labels = labels;
    }

    /** Reads the file; its problems are added to {@code errors}, never thrown. */
    static TruthLabels read(Path path, List<RuleError> errors) {
        String file = path.toString();
        Map<Long, Label> labels = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine(), lineNumber++) {
                if (!line.isBlank()) {
                    new LineReader(file, lineNumber, errors).read(line, labels);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            errors.add(new RuleError(file, 1, 1, "no such file"));
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.add(new RuleError(file, 1, 1, "the truth file cannot be read: " + e.getMessage()));
        }
        return new TruthLabels(file, labels);
    }

    /** The truth of the event at this 0-based line of the events file; benign when it has no label. */
    Truth of(long index) {
        Label label = labels.get(index);
        return label == null ? Truth.benign() : label.truth();
    }

    /** Reports every label whose index lies past the last line of an events file of {@code lines} lines. */
    void checkAgainst(long lines, List<RuleError> errors) {
        labels.entrySet().stream()
                .filter(e -> e.getKey() >= lines)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> errors.add(new RuleError(file, e.getValue().line(), e.getValue().column(),
                        "event index " + e.getKey() + " is past the end of the events file, which has " + lines
                                + (lines == 1 ? " line" : " lines"))));
    }

    /** Reads one line's object field by field, keeping where each value starts. */
    private static final class LineReader {

        private final String file;
        private final int line;
        private final List<RuleError> errors;

        LineReader(String file, int line, List<RuleError> errors) {
            this.file = file;
            this.line = line;
            this.errors = errors;
        }

        void read(String text, Map<Long, Label> labels) {
            Map<String, Object> values = new HashMap<>();
            Map<String, Integer> columns = new HashMap<>();
            try (JsonParser parser = JSON.createParser(text)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    error(column(parser), "each line must be one JSON object");
                    return;
                }
                for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                    String key = parser.currentName();
                    JsonToken value = parser.nextToken();
                    columns.put(key, column(parser));
                    if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                        values.put(key, parser.getLongValue());
                    } else if (value == JsonToken.VALUE_STRING) {
                        values.put(key, parser.getText());
                    } else {
                        values.put(key, value);
                        parser.skipChildren();
                    }
                }
                if (parser.nextToken() != null) {
                    error(column(parser), "each line must be one JSON object, with nothing after it");
                    return;
                }
            } catch (JsonProcessingException e) {
                int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
                error(column, "invalid JSON: " + e.getOriginalMessage());
                return;
            } catch (IOException e) {
                error(1, "the line cannot be read: " + e.getMessage());
                return;
            }
            label(values, columns, labels);
        }

        private void label(Map<String, Object> values, Map<String, Integer> columns, Map<Long, Label> labels) {
            if (!(values.get("index") instanceof Long index) || index < 0) {
                error(columns.getOrDefault("index", 1), values.containsKey("index")
                        ? "\"index\" must be a whole number from 0, the event's 0-based line in the events file"
                        : "the line has no \"index\": the event's 0-based line in the events file");
                return;
            }
            Truth truth = truth(values, columns);
            if (truth == null) {
                return;
            }
            Label clash = labels.get(index);
            if (clash != null) {
                error(columns.get("index"), "event " + index + " already has a truth label, at line " + clash.line());
                return;
            }
            labels.put(index, new Label(truth, line, columns.get("index")));
        }

        private Truth truth(Map<String, Object> values, Map<String, Integer> columns) {
            Object kind = values.get("truth");
            int at = columns.getOrDefault("truth", 1);
            if ("benign".equals(kind)) {
                return Truth.benign();
            }
            if ("lookalike".equals(kind)) {
                String lookalike = text(values, columns, "lookalike", at);
                return lookalike == null ? null : Truth.lookalike(lookalike);
            }
            if ("attack".equals(kind)) {
                String stage = text(values, columns, "stage", at);
                String technique = text(values, columns, "technique", at);
                return stage == null || technique == null ? null : Truth.attack(stage, technique);
            }
            error(at, kind == null ? "the line has no \"truth\": benign, lookalike or attack"
                    : "\"truth\" must be benign, lookalike or attack");
            return null;
        }

        private String text(Map<String, Object> values, Map<String, Integer> columns, String key, int truthColumn) {
            if (values.get(key) instanceof String text && !text.isBlank()) {
                return text;
            }
            error(columns.getOrDefault(key, truthColumn), values.containsKey(key)
                    ? "\"" + key + "\" must be a non-empty text"
                    : "a \"" + values.get("truth") + "\" label needs \"" + key + "\"");
            return null;
        }

        private static int column(JsonParser parser) {
            return Math.max(1, parser.currentTokenLocation().getColumnNr());
        }

        private void error(int column, String message) {
            errors.add(new RuleError(file, line, column, message));
        }
    }
}
