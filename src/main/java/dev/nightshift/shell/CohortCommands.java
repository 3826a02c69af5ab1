package dev.nightshift.shell;

import dev.nightshift.cohort.CohortEntry;
import dev.nightshift.cohort.CohortException;
import dev.nightshift.cohort.CohortHtml;
import dev.nightshift.cohort.CohortImport;
import dev.nightshift.cohort.CohortStatistics;
import dev.nightshift.cohort.CohortStore;
import dev.nightshift.cohort.CohortText;
import dev.nightshift.cohort.SignedResults;
import dev.nightshift.store.SessionStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** A hiring team's cohorts: importing candidates' signed results and the report that compares them. */
@Command(command = "cohort", group = "Assessments")
public class CohortCommands {

    private final SessionStore store;

    CohortCommands(SessionStore store) {
        this.store = store;
    }

    @Command(command = "import", description = "Import signed result files into a cohort: cohort import RESULT... [--cohort NAME] [--secret-file F]; a batch with a refused file imports nothing")
    String importResults(@Option(required = true, arityMax = 1024, description = "result files written by report --format json --signed") String[] files,
                         @Option(longNames = "cohort", description = "the cohort's name (default: the results' scenario id)") String cohort,
                         @Option(longNames = "secret-file", description = "a file holding the proctor secret (default: $NIGHTSHIFT_PROCTOR_SECRET)") String secretFile) {
        CohortImport importer = new CohortImport(new SignedResults(ReportCommands.secret(secretFile)), new CohortStore(store));
        CohortImport.Outcome outcome;
        try {
            outcome = importer.run(cohort, Arrays.stream(files).map(Path::of).toList());
        } catch (CohortException e) {
            throw failure(e);
        }
        if (outcome.refused()) {
            throw new BadInputException(outcome.refusals().stream()
                    .map(r -> r.contains("; ") ? r : r + "; type the command again without it, or with the file as it was signed")
                    .map(r -> r + " (nothing of this batch was imported)")
                    .collect(Collectors.joining("\n")));
        }
        CohortStore.Saved saved = outcome.saved();
        StringBuilder out = new StringBuilder("Cohort ").append(outcome.cohort()).append(": ")
                .append(saved.added().size()).append(saved.added().size() == 1 ? " result" : " results").append(" imported");
        if (!saved.added().isEmpty()) {
            out.append(" (").append(names(saved.added())).append(')');
        }
        if (!saved.unchanged().isEmpty()) {
            out.append(", ").append(saved.unchanged().size()).append(" already there (").append(names(saved.unchanged()))
                    .append(')');
        }
        return out.append(", into ").append(store.file()).append(". 'cohort report --cohort ").append(outcome.cohort())
                .append("' compares them.").toString();
    }

    @Command(command = "report", description = "Compare a cohort: cohort report [--cohort NAME] [--html FILE] [--force]: per metric the distribution, percentiles and z-scores, the ranking with ties, where each candidate stands")
    String report(@Option(longNames = "cohort", description = "the cohort's name (default: the only cohort there is)") String cohort,
                  @Option(longNames = "html", description = "also write the report as a self-contained HTML page") String html,
                  @Option(longNames = "force", description = "replace an existing --html file") boolean force) {
        CohortStore cohorts = new CohortStore(store);
        String name = cohort != null ? cohort : cohorts.onlyCohort().orElseThrow(() -> noCohort(cohorts.cohorts()));
        OutputFile out = html == null ? null : OutputFile.check(Path.of(html), "--html", force);
        CohortStatistics.View view;
        try {
            List<CohortEntry> entries = cohorts.entries(name);
            if (entries.isEmpty() && cohort != null) {
                throw new BadInputException("there is no cohort " + cohort + " in " + store.file() + "; "
                        + (cohorts.cohorts().isEmpty() ? "import results with: cohort import RESULT..."
                        : "choose one of: " + String.join(", ", cohorts.cohorts())));
            }
            view = CohortStatistics.of(name, entries);
        } catch (CohortException e) {
            throw failure(e);
        }
        String text = CohortText.render(view);
        if (out != null) {
            write(out, CohortHtml.render(view));
            text += "\n\nThe HTML report is in " + out.target() + ".";
        }
        return text;
    }

    private RuntimeException noCohort(List<String> all) {
        return all.isEmpty()
                ? new UserFacingException("there is no cohort in " + store.file() + " yet; import results with: cohort"
                        + " import RESULT...", ErrorReporting.FAILED)
                : new BadInputException("there are " + all.size() + " cohorts in " + store.file() + "; choose one with"
                        + " --cohort: " + String.join(", ", all));
    }

    private static String names(List<CohortEntry> entries) {
        return entries.stream().map(CohortEntry::candidate).collect(Collectors.joining(", "));
    }

    private static RuntimeException failure(CohortException e) {
        return e.badInput() ? new BadInputException(e.getMessage())
                : new UserFacingException(e.getMessage(), ErrorReporting.FAILED);
    }

    private static void write(OutputFile file, String text) {
        try {
            try (Writer writer = file.open()) {
                writer.write(text);
            }
            file.commit();
        } catch (IOException e) {
            file.discard();
            throw new UserFacingException("cannot write " + file.target() + ": the disk refused it; check the folder"
                    + " and the free space", ErrorReporting.FAILED);
        }
    }
}
