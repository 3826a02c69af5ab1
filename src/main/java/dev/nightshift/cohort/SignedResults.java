package dev.nightshift.cohort;

import dev.nightshift.result.ProctorSecret;
import dev.nightshift.result.ResultException;
import dev.nightshift.result.ResultFile;
import dev.nightshift.result.Signature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads signed result files ({@code report --format json --signed}) for a cohort: a file is taken only when its
 * signature under the proctor secret verifies and it names its candidate; its metrics come from its score card.
 */
public final class SignedResults implements ResultReader {

    private final ProctorSecret secret;

    public SignedResults(ProctorSecret secret) {
        this.secret = secret;
    }

    @Override
    public Read read(Path file) {
        Signature.Verification verdict;
        byte[] bytes;
        try {
            verdict = Signature.verify(file, secret);
            bytes = verdict.verified() ? Files.readAllBytes(file) : null;
        } catch (ResultException e) {
            return Read.refused(e.getMessage());
        } catch (IOException e) {
            return Read.refused("cannot read " + file + ": it is not a readable file; give the path of a result file");
        }
        if (!verdict.verified()) {
            return Read.refused(verdict.sentence());
        }
        ResultFile result = verdict.result();
        ResultFile.Session session = result.session();
        if (session.candidate() == null || session.candidate().isBlank()) {
            return Read.refused(file + " names no candidate (session " + session.id() + " was not played in an"
                    + " assessment); import the results an assessment's candidates played");
        }
        String variant = session.variant() != null ? session.variant() : "seed " + session.seed();
        return Read.verified(new CohortEntry(session.candidate(), session.scenario(), variant, result.role(),
                file.toString(), sha256(bytes), result.card() != null ? CardMetrics.of(result.card())
                : CardMetrics.of(result.engineerCard())));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
