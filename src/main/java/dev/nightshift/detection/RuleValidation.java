package dev.nightshift.detection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The outcome of {@code rules validate}: how many rule files were read and how many rules loaded from them, and
 * every error of every file as {@code file:line:column: message}.
 */
public record RuleValidation(int files, int rules, List<RuleError> errors, List<SigmaFilter> filters,
                             List<String> ruleWarnings) {

    public RuleValidation {
        filters = List.copyOf(filters);
        ruleWarnings = List.copyOf(ruleWarnings);
        if (files < 0 || rules < 0) {
            throw new IllegalArgumentException("counts must not be negative, got " + files + " and " + rules);
        }
        errors = List.copyOf(errors);
    }

    /** An outcome without the warnings of {@code sigma check}. */
    public RuleValidation(int files, int rules, List<RuleError> errors, List<SigmaFilter> filters) {
        this(files, rules, errors, filters, List.of());
    }

    /** Reads and checks every rule file under the paths (files, or directories searched recursively). */
    public static RuleValidation of(Collection<Path> paths) {
        RuleFiles read = RuleFiles.read(paths);
        RulePack pack = RulePack.parse(read.sources());
        List<RuleError> errors = new ArrayList<>(read.errors());
        errors.addAll(pack.errors());
        List<String> warnings = new ArrayList<>();
        read.sources().forEach(source -> warnings.addAll(RuleWarnings.of(source)));
        return new RuleValidation(read.sources().size(), pack.rules().size(), errors, pack.filters(), warnings);
    }

    /** 0 when every rule loaded, 2 (bad input) otherwise. */
    public int exitCode() {
        return errors.isEmpty() ? 0 : 2;
    }

    /** Every error, one {@code file:line:column: message} per line. */
    public List<String> errorLines() {
        return errors.stream().map(RuleError::format).toList();
    }

    /**
     * One line per filter whose exclusion lacks an owner, a reason or an expiry, as {@code file:line: warning: ...};
     * these do not change the exit code.
     */
    public List<String> warnings() {
        return filters.stream().filter(f -> !f.accountable()).map(f -> f.file() + ":" + f.line()
                + ": warning: filter '" + f.id() + "' has no " + String.join(", ", f.missing())
                + "; every exclusion needs an owner, a reason and an expiry").toList();
    }

    /**
     * The warnings {@code sigma check} would give, as {@code file:line:column: warning: ...} (see
     * {@link RuleWarnings}): {@link #ruleWarnings()}, which do not change the exit code either.
     */
    public List<String> checkWarnings() {
        return ruleWarnings;
    }

    /** One line for people, such as {@code 62 rules loaded from 62 files, 0 errors}. */
    public String summary() {
        return rules + " rules and " + filters.size() + " filters loaded from " + files + " files, " + errors.size()
                + (errors.size() == 1 ? " error" : " errors");
    }
}
