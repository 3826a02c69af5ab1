package dev.nightshift.cohort;

import dev.nightshift.store.SessionStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cohorts kept beside the sessions (tables of {@code V20__cohort.sql}), in the same database: the embedded H2 file
 * or a shared PostgreSQL server. A batch is kept in one unit of the store, so it is kept whole or not at all.
 */
public final class CohortStore {

    private final SessionStore store;

    public CohortStore(SessionStore store) {
        this.store = store;
    }

    /** What a batch did: the entries it added, and those it skipped because the same file was imported before. */
    public record Saved(List<CohortEntry> added, List<CohortEntry> unchanged) {
        public Saved {
            added = List.copyOf(added);
            unchanged = List.copyOf(unchanged);
        }
    }

    /**
     * Keeps {@code entries} in {@code cohort}, all or none: a candidate who already has another result there, or a
     * result of another scenario or role than the cohort's, refuses the whole batch, naming the file.
     */
    public Saved save(String cohort, List<CohortEntry> entries) {
        return store.withJdbc(true, jdbc -> {
            List<CohortEntry> added = new ArrayList<>();
            List<CohortEntry> unchanged = new ArrayList<>();
            List<CohortEntry> before = read(jdbc, cohort);
            Map<String, CohortEntry> byCandidate = new LinkedHashMap<>();
            before.forEach(e -> byCandidate.put(e.candidate(), e));
            CohortEntry first = before.isEmpty() ? (entries.isEmpty() ? null : entries.get(0)) : before.get(0);
            for (CohortEntry entry : entries) {
                if (!entry.scenario().equals(first.scenario()) || !entry.role().equals(first.role())) {
                    throw CohortException.badInput(entry.source() + " is a result of " + entry.scenario() + " ("
                            + entry.role() + "), but cohort " + cohort + " compares " + first.scenario() + " ("
                            + first.role() + "); import it into another cohort with --cohort NAME");
                }
                CohortEntry held = byCandidate.get(entry.candidate());
                if (held != null && held.digest().equals(entry.digest())) {
                    unchanged.add(entry);
                    continue;
                }
                if (held != null) {
                    throw CohortException.badInput(entry.source() + " is a result of " + entry.candidate()
                            + ", who already has one in cohort " + cohort + " (imported from " + held.source()
                            + "); import it into another cohort with --cohort NAME");
                }
                insert(jdbc, cohort, entry);
                byCandidate.put(entry.candidate(), entry);
                added.add(entry);
            }
            return new Saved(added, unchanged);
        });
    }

    /** The cohort's entries in the order they were imported, with their metrics. */
    public List<CohortEntry> entries(String cohort) {
        return store.withJdbc(false, jdbc -> read(jdbc, cohort));
    }

    /** The names of the cohorts this database holds, in order. */
    public List<String> cohorts() {
        return store.withJdbc(false, jdbc -> jdbc.sql("SELECT DISTINCT cohort FROM cohort_result ORDER BY cohort")
                .query(String.class).list());
    }

    /** The cohort to report on when none is named: the only one there is. */
    public Optional<String> onlyCohort() {
        List<String> all = cohorts();
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    private static void insert(JdbcClient jdbc, String cohort, CohortEntry entry) {
        int position = jdbc.sql("SELECT COUNT(*) FROM cohort_result WHERE cohort = ?").param(cohort)
                .query(Integer.class).single() + 1;
        jdbc.sql("INSERT INTO cohort_result (cohort, candidate, scenario, variant, role, source, digest, position)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(cohort, entry.candidate(), entry.scenario(), entry.variant(), entry.role(), entry.source(),
                        entry.digest(), position)
                .update();
        for (Map.Entry<String, Double> metric : entry.metrics().entrySet()) {
            jdbc.sql("INSERT INTO cohort_metric (cohort, candidate, metric, metric_value) VALUES (?, ?, ?, ?)")
                    .params(cohort, entry.candidate(), metric.getKey(), metric.getValue()).update();
        }
    }

    private static List<CohortEntry> read(JdbcClient jdbc, String cohort) {
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        jdbc.sql("SELECT candidate, metric, metric_value FROM cohort_metric WHERE cohort = ? ORDER BY candidate, metric")
                .param(cohort)
                .query(rs -> {
                    metrics.computeIfAbsent(rs.getString("candidate"), c -> new LinkedHashMap<>())
                            .put(rs.getString("metric"), rs.getDouble("metric_value"));
                });
        return jdbc.sql("SELECT * FROM cohort_result WHERE cohort = ? ORDER BY position").param(cohort)
                .query((rs, row) -> new CohortEntry(rs.getString("candidate"), rs.getString("scenario"),
                        rs.getString("variant"), rs.getString("role"), rs.getString("source"), rs.getString("digest"),
                        metrics.getOrDefault(rs.getString("candidate"), Map.of())))
                .list();
    }
}
