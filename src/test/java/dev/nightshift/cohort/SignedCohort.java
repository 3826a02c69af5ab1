package dev.nightshift.cohort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.result.ProctorSecret;
import dev.nightshift.result.ResultFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Signed result files of a fixed cohort, made from the real tutorial result (src/test/resources/result) with each
 * candidate's name, variant, score and accuracy put in before signing: ada 90, bob 80, cy 80, dan 70, eve 60.
 */
public final class SignedCohort {

    public static final String SECRET = "correct horse battery staple";
    public static final ProctorSecret PROCTOR = ProctorSecret.of(SECRET, "the test");
    private static final Path REAL = Path.of("src/test/resources/result/tutorial-analyst.result.json");
    private static final String[] NAMES = {"ada", "bob", "cy", "dan", "eve"};
    private static final int[] SCORES = {90, 80, 80, 70, 60};

    private SignedCohort() {
    }

    /** Writes the five signed files into {@code dir} and returns their paths, in the order above. */
    public static List<Path> write(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            files.add(write(dir, NAMES[i], SCORES[i]));
        }
        return files;
    }

    static Path write(Path dir, String candidate, int score) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(REAL.toFile());
        tree.remove("signature");
        ObjectNode session = (ObjectNode) tree.get("session");
        session.put("candidate", candidate);
        session.put("variant", "v-" + candidate);
        ObjectNode card = (ObjectNode) tree.get("card");
        card.put("total", score);
        card.put("accuracyScore", score / 100.0);
        Path unsigned = dir.resolve(candidate + ".unsigned.json");
        Files.writeString(unsigned, json.writeValueAsString(tree));
        Path signed = dir.resolve(candidate + ".result.json");
        Files.writeString(signed, ResultFile.read(unsigned).signed(PROCTOR).toJson());
        Files.delete(unsigned);
        return signed;
    }

    /** Changes one candidate's score in a signed file without signing it again, as a candidate might. */
    public static void tamper(Path file, int score) throws IOException {
        String text = Files.readString(file);
        String changed = text.replaceFirst("\"total\" : \\d+", "\"total\" : " + score);
        if (changed.equals(text)) {
            throw new IllegalStateException("no total to change in " + file);
        }
        Files.writeString(file, changed);
    }
}
