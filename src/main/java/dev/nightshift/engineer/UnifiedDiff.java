package dev.nightshift.engineer;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, as {@code diff -u} prints it: a header naming both files, then hunks of the changed
 * lines with three lines of context. The lines are matched by their longest common subsequence; rule files are
 * short, so the quadratic table is small.
 */
final class UnifiedDiff {

    static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff from {@code before} to {@code after} (null: the file does not exist), or "" when they are equal. */
    static String of(String name, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        if (a.equals(b) && (before == null) == (after == null)) {
            return "";
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        record Line(char op, String text, int oldLine, int newLine) {
        }
        List<Line> script = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                script.add(new Line(' ', a.get(i), i++, j++));
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                script.add(new Line('-', a.get(i), i++, j));
            } else {
                script.add(new Line('+', b.get(j), i, j++));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(before == null ? "/dev/null" : "a/" + name).append('\n');
        out.append("+++ ").append(after == null ? "/dev/null" : "b/" + name).append('\n');
        int k = 0;
        while (k < script.size()) {
            if (script.get(k).op() == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < script.size()) {
                if (script.get(end).op() != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(script.size(), lastChange + CONTEXT + 1);
            int oldStart = script.get(start).oldLine();
            int newStart = script.get(start).newLine();
            int oldCount = 0;
            int newCount = 0;
            for (int h = start; h < end; h++) {
                char op = script.get(h).op();
                oldCount += op != '+' ? 1 : 0;
                newCount += op != '-' ? 1 : 0;
            }
            out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                    .append(" @@\n");
            for (int h = start; h < end; h++) {
                out.append(script.get(h).op()).append(script.get(h).text()).append('\n');
            }
            k = end;
        }
        return out.toString();
    }

    private static String range(int start, int count) {
        return (count == 0 ? start : start + 1) + (count == 1 ? "" : "," + count);
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split("\n", -1)).subList(0, text.endsWith("\n") ? text.split("\n", -1).length - 1
                : text.split("\n", -1).length);
    }
}
