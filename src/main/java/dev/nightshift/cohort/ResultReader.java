package dev.nightshift.cohort;

import java.nio.file.Path;

/**
 * Reads one signed result file for a cohort: the entry it holds once its signature is verified, or one sentence
 * naming the file and saying why it is refused (changed since it was signed, signed under another secret, not a
 * result).
 */
public interface ResultReader {

    /** What reading one file gave: exactly one of {@code entry} and {@code refusal}. */
    record Read(CohortEntry entry, String refusal) {
        public Read {
            if ((entry == null) == (refusal == null)) {
                throw new IllegalArgumentException("a read is an entry or a refusal");
            }
        }

        public static Read verified(CohortEntry entry) {
            return new Read(entry, null);
        }

        public static Read refused(String sentence) {
            return new Read(null, sentence);
        }
    }

    Read read(Path file);
}
