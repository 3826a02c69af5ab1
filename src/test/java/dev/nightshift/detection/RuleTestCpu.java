package dev.nightshift.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code rules test} per core, as the README reports it: events per second of this thread's CPU time over a file,
 * in process and warm, with rule loading left in and left out (the same run over the file's first line, subtracted).
 * Run with {@code ./bench RuleTestCpu <rules> <events.jsonl> [rounds]}; the first {@link #WARM} rounds are dropped,
 * and the median and range of the others printed. JMH's {@link RuleTestFileBenchmark} gives the wall clock.
 */
public final class RuleTestCpu {

    static final int WARM = 6;

    private RuleTestCpu() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ./bench RuleTestCpu <rules file or folder> <events.jsonl> [rounds, default 16]");
            System.exit(2);
        }
        Path rules = Path.of(args[0]);
        Path events = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        Path one = Files.createTempFile("rule-test-cpu", ".jsonl");
        try (BufferedReader first = Files.newBufferedReader(events)) {
            Files.writeString(one, first.readLine() + "\n");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> loaded = new ArrayList<>();
        List<Double> matched = new ArrayList<>();
        long count = 0;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            RuleTestRun.run(List.of(rules), one, null, RuleTestOptions.defaults());
            long loading = threads.getCurrentThreadCpuTime() - start;
            long before = threads.getCurrentThreadCpuTime();
            RuleTestResults results = RuleTestRun.run(List.of(rules), events, null, RuleTestOptions.defaults());
            long run = threads.getCurrentThreadCpuTime() - before;
            count = results.report().events();
            if (round >= WARM) {
                loaded.add(count / (run / 1e9));
                matched.add(count / ((run - loading) / 1e9));
            }
        }
        Files.delete(one);
        System.out.printf("%,d events, %d rounds after %d warm ones, events per CPU-second of one thread:%n", count,
                loaded.size(), WARM);
        System.out.println("  with rule loading:    " + summary(loaded));
        System.out.println("  without rule loading: " + summary(matched));
    }

    private static String summary(List<Double> rates) {
        if (rates.isEmpty()) {
            return "no measured round (give more rounds than " + WARM + ")";
        }
        List<Double> sorted = new ArrayList<>(rates);
        Collections.sort(sorted);
        return String.format("median %,.0f, from %,.0f to %,.0f", sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1));
    }
}
