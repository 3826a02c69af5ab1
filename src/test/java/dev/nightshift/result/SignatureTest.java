package dev.nightshift.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signed result verifies untouched, and any change to any field of it is found. */
class SignatureTest {

    static final Path REAL = Path.of("src/test/resources/result/tutorial-analyst.result.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProctorSecret secret = ProctorSecret.of("correct horse battery staple", "the test");

    @TempDir
    Path dir;

    private JsonNode signedTree() {
        return ResultFile.read(REAL).signed(secret).toTree();
    }

    @Test
    void anUntouchedSignedResultVerifiesAndReadsBackAsItWasWritten() throws Exception {
        ResultFile signed = ResultFile.read(REAL).signed(secret);
        Path file = dir.resolve("r.json");
        Files.writeString(file, signed.toJson());

        Signature.Verification verdict = Signature.verify(file, secret);

        assertThat(verdict.verified()).isTrue();
        assertThat(verdict.sentence()).isEqualTo("verified: " + file + " is untouched since it was signed under "
                + secret.keyId() + " (session S-0001, tutorial-brute-force, analyst, seed 7, total 100/100)");
        assertThat(verdict.result()).isEqualTo(signed);
        assertThat(ResultFile.read(file)).isEqualTo(signed);
        assertThat(signed.signature().value()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void layoutIsNotContent() throws Exception {
        Path compact = dir.resolve("compact.json");
        Files.writeString(compact, JSON.writeValueAsString(signedTree()));
        assertThat(Signature.verify(compact, secret).verified()).isTrue();
    }

    @Test
    void changingAnyLeafOfARealResultIsFound() throws Exception {
        JsonNode signed = signedTree();
        List<String> leaves = new ArrayList<>();
        collect(signed, "", leaves);
        assertThat(leaves).as("every leaf of the real result").hasSizeGreaterThan(250);
        List<String> missed = new ArrayList<>();
        for (String leaf : leaves) {
            JsonNode changed = signed.deepCopy();
            alter(changed, leaf);
            Path file = dir.resolve("tampered.json");
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(changed));
            Signature.Verification verdict = Signature.verify(file, secret);
            if (verdict.verified() || !verdict.sentence().startsWith("not verified: ")) {
                missed.add(leaf);
            }
        }
        assertThat(missed).as("leaves whose change verified").isEmpty();
    }

    @Test
    void removingOrAddingAFieldIsFound() throws Exception {
        ObjectNode removed = (ObjectNode) signedTree();
        ((ObjectNode) removed.get("session")).remove("variant");
        ObjectNode added = (ObjectNode) signedTree();
        ((ObjectNode) added.get("card")).put("bonus", 10);
        ObjectNode reordered = (ObjectNode) signedTree();
        ArrayNode actions = (ArrayNode) reordered.get("actions");
        JsonNode firstAction = actions.remove(0);
        actions.add(firstAction);
        for (JsonNode changed : List.of(removed, added, reordered)) {
            Path file = dir.resolve("changed.json");
            Files.writeString(file, JSON.writeValueAsString(changed));
            assertThat(Signature.verify(file, secret).sentence()).endsWith(
                    "was changed after it was signed: its content does not match its signature");
        }
    }

    @Test
    void anotherSecretAnUnsignedFileAndAFileThatIsNoResultAreNotVerified() throws Exception {
        Path file = dir.resolve("r.json");
        Files.writeString(file, ResultFile.read(REAL).signed(secret).toJson());
        ProctorSecret other = ProctorSecret.of("another secret of some length", "the other test");
        assertThat(Signature.verify(file, other).sentence()).isEqualTo("not verified: " + file
                + " was signed under the key \"" + secret.keyId() + "\", not under " + other.keyId()
                + " (the proctor secret from the other test)");
        assertThat(Signature.verify(REAL, secret).sentence()).isEqualTo("not verified: " + REAL
                + " carries no signature, so nothing vouches for it");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"nightshift-result\",\n  \"version\": ", StandardCharsets.UTF_8);
        assertThat(Signature.verify(broken, secret).sentence()).startsWith("not verified: " + broken + ":2:")
                .endsWith(": not valid JSON, so it is not a nightshift result as written");
        assertThatThrownBy(() -> Signature.verify(dir.resolve("absent.json"), secret))
                .isInstanceOf(ResultException.class).hasMessage("cannot read " + dir.resolve("absent.json")
                        + ": it does not exist; give the path of a result file");
    }

    @Test
    void aSecretComesFromAFileOrTheEnvironmentAndIsLongEnough() throws Exception {
        Path file = dir.resolve("secret");
        Files.writeString(file, "correct horse battery staple\n");
        assertThat(ProctorSecret.from(file, "ignored when a file is given").keyId()).isEqualTo(secret.keyId());
        assertThat(ProctorSecret.from(null, "correct horse battery staple").keyId()).isEqualTo(secret.keyId());
        assertThatThrownBy(() -> ProctorSecret.from(null, null)).hasMessage(
                "no proctor secret: set NIGHTSHIFT_PROCTOR_SECRET or pass --secret-file FILE");
        assertThatThrownBy(() -> ProctorSecret.from(null, "short")).hasMessage("the proctor secret in"
                + " NIGHTSHIFT_PROCTOR_SECRET is 5 bytes long; use at least 16 (for example: openssl rand -hex 32)");
    }

    /** Every leaf's path, as /a/b/0/c (JSON Pointer). */
    static void collect(JsonNode node, String path, List<String> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(f.getValue(), path + "/" + f.getKey(), leaves));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                leaves.add(path);
            }
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, leaves);
            }
        } else {
            leaves.add(path);
        }
    }

    /** Changes the leaf at {@code pointer} as a forger might: a number by one, a flag flipped, a text edited. */
    private static void alter(JsonNode root, String pointer) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String name = pointer.substring(cut + 1);
        JsonNode leaf = root.at(pointer);
        JsonNode changed;
        if (leaf.isIntegralNumber()) {
            changed = JSON.getNodeFactory().numberNode(leaf.longValue() + 1);
        } else if (leaf.isNumber()) {
            changed = JSON.getNodeFactory().numberNode(leaf.doubleValue() + 0.001);
        } else if (leaf.isBoolean()) {
            changed = JSON.getNodeFactory().booleanNode(!leaf.booleanValue());
        } else if (leaf.isArray()) {
            changed = JSON.createArrayNode().add("x");
        } else if (leaf.isNull()) {
            changed = TextNode.valueOf("x");
        } else {
            String text = leaf.asText();
            changed = TextNode.valueOf(text.isEmpty() ? "x" : text.substring(0, text.length() - 1)
                    + (text.endsWith("0") ? "1" : "0"));
        }
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(name), changed);
        } else {
            ((ObjectNode) parent).set(name, changed);
        }
    }
}
