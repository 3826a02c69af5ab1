package dev.nightshift.cohort;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a batch of result files into a cohort, all or nothing: every file is verified first, and when any is
 * refused (a bad signature, a changed file, two files of one candidate) nothing of the batch is kept and every
 * refused file is named, so a hiring team never compares a cohort with a silent gap. The same file imported again
 * changes nothing.
 */
public final class CohortImport {

    private final ResultReader reader;
    private final CohortStore store;

    public CohortImport(ResultReader reader, CohortStore store) {
        this.reader = reader;
        this.store = store;
    }

    /** What the batch did: kept into {@code cohort}, or refused with one sentence per refused file. */
    public record Outcome(String cohort, List<String> refusals, CohortStore.Saved saved) {
        public Outcome {
            refusals = List.copyOf(refusals);
        }

        public boolean refused() {
            return !refusals.isEmpty();
        }
    }

    /** Imports {@code files} into {@code cohort} (null: the scenario id of the first file). */
    public Outcome run(String cohort, List<Path> files) {
        if (files.isEmpty()) {
            throw CohortException.badInput("no result files given; name them: cohort import RESULT...");
        }
        if (cohort != null && !cohort.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            throw CohortException.badInput("the cohort name '" + cohort + "' is not a name; choose letters, digits,"
                    + " '.', '_' and '-' (at most 128)");
        }
        List<CohortEntry> entries = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            ResultReader.Read read = reader.read(file);
            if (read.refusal() != null) {
                refusals.add(read.refusal());
                continue;
            }
            Path earlier = seen.putIfAbsent(read.entry().candidate(), file);
            if (earlier != null && !earlier.equals(file)) {
                refusals.add(file + " is a second result of " + read.entry().candidate() + " in this batch (the first is "
                        + earlier + "); choose one of them and type the command again");
                continue;
            }
            if (earlier == null) {
                entries.add(read.entry());
            }
        }
        String name = cohort != null ? cohort : entries.isEmpty() ? null : name(entries.get(0).scenario());
        if (!refusals.isEmpty()) {
            return new Outcome(name, refusals, new CohortStore.Saved(List.of(), List.of()));
        }
        return new Outcome(name, List.of(), store.save(name, entries));
    }

    /** A cohort named after its scenario: the library id, or a file's name without its directory and extension. */
    static String name(String scenario) {
        String base = Path.of(scenario).getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String cleaned = base.replaceAll("[^A-Za-z0-9._-]", "-").replaceFirst("^[^A-Za-z0-9]+", "");
        return cleaned.isEmpty() ? "cohort" : cleaned.length() > 128 ? cleaned.substring(0, 128) : cleaned;
    }
}
