package dev.nightshift.logs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The text of a file of JSON documents without the {@code Record N} lines evtx_dump writes before each; they become
 * empty lines, so line numbers stay those of the file.
 */
final class RecordHeaderFilter extends Reader {

    private final BufferedReader in;
    private String line = "";
    private int at;
    private boolean end;

    RecordHeaderFilter(BufferedReader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (at >= line.length()) {
            if (end) {
                return -1;
            }
            String next = in.readLine();
            if (next == null) {
                end = true;
                return -1;
            }
            line = (isHeader(next) ? "" : next) + "\n";
            at = 0;
        }
        int n = Math.min(length, line.length() - at);
        line.getChars(at, at + n, buffer, offset);
        at += n;
        return n;
    }

    private static boolean isHeader(String line) {
        if (!line.startsWith("Record ")) {
            return false;
        }
        String rest = line.substring(7).strip();
        return !rest.isEmpty() && rest.chars().allMatch(Character::isDigit);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
