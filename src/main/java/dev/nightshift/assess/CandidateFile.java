package dev.nightshift.assess;

import dev.nightshift.game.GameException;
import dev.nightshift.scenario.Organisation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The candidates of an assessment, one a line: a name ({@code alice}), optionally followed by the candidate's OpenSSH
 * public key ({@code alice ssh-ed25519 AAAA... alice@laptop}); a candidate without a key gets a one-time token. Blank
 * lines and lines starting with {@code #} are skipped.
 */
final class CandidateFile {

    /** One candidate as the file names them; {@code publicKey} is null for a token login. */
    record Entry(String name, String publicKey) {
    }

    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private CandidateFile() {
    }

    static List<Entry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw GameException.badInput("no such candidates file: " + file);
        } catch (IOException e) {
            throw GameException.badInput("cannot read the candidates file " + file + ": " + e.getMessage());
        }
        List<Entry> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ":1: ";
            String[] parts = line.split("\\s+", 2);
            String name = parts[0];
            if (!NAME.matcher(name).matches()) {
                throw GameException.badInput(where + "'" + name + "' is not a candidate name: use letters, digits, '-'"
                        + " and '_', starting with a letter, at most 64 characters");
            }
            if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
                throw GameException.badInput(where + "candidate " + name + " is listed twice; give each candidate one line");
            }
            String key = parts.length > 1 ? parts[1].strip() : null;
            if (key != null && PublicKeys.parse(key) == null) {
                throw GameException.badInput(file + ":" + (i + 1) + ":" + (name.length() + 2) + ": the public key of "
                        + name + " is not an OpenSSH public key line (ssh-ed25519 AAAA... or ecdsa-sha2-nistp256 AAAA...)");
            }
            out.add(new Entry(name, key));
        }
        if (out.isEmpty()) {
            throw GameException.badInput(file + ": names no candidate; write one name a line, optionally with their"
                    + " public key");
        }
        if (out.size() > Organisation.MAX_VARIANTS) {
            throw GameException.badInput(file + ": names " + out.size() + " candidates; one assessment holds at most "
                    + Organisation.MAX_VARIANTS + ", so split them over several");
        }
        return out;
    }

    /** The key a line gives, for the check above and for logging in. */
    static PublicKey key(String line) {
        return PublicKeys.parse(line);
    }
}
