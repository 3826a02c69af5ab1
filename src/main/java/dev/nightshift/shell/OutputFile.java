package dev.nightshift.shell;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file a command writes, such as {@code generate --out}: an existing file is never replaced unless the user forced
 * it; the text goes to a sibling {@code .part} file that only this run created (exclusively, never through a
 * symbolic link) and is renamed into place once complete, or removed when the run fails. A device or a pipe
 * ({@code /dev/null}, a FIFO) is written in place, since it can be neither replaced nor half-written.
 */
final class OutputFile {

    private final Path target;
    private final Path part;
    private final String option;
    private final boolean force;
    private volatile boolean created;

    private OutputFile(Path target, Path part, String option, boolean force) {
        this.target = target;
        this.part = part;
        this.option = option;
        this.force = force;
    }

    /**
     * Checks, before any work is done, that {@code target} (given as {@code option}) can be written: its folder
     * exists, it is not a folder, and it does not exist unless {@code force}.
     */
    static OutputFile check(Path target, String option, boolean force) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new BadInputException("cannot write " + target + ": it is a folder; name a file");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return new OutputFile(target, target, option, force);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new BadInputException(option + " " + target + " already exists; pass --force to replace it, or "
                    + "choose another path");
        }
        return new OutputFile(target, target.resolveSibling(target.getFileName() + ".part"), option, force);
    }

    Path target() {
        return target;
    }

    /** Opens the writer: the device itself, or a {@code .part} file created afresh (a stale one only with force). */
    Writer open() throws IOException {
        if (part.equals(target)) {
            return Files.newBufferedWriter(target, StandardCharsets.UTF_8);
        }
        if (force) {
            Files.deleteIfExists(part);
        }
        Writer writer;
        try {
            writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException("cannot write " + target + ": " + part + " already exists (left by an "
                    + "interrupted run, or someone else's); remove it, pass --force, or choose another path");
        }
        created = true;
        return writer;
    }

    /** Renames the complete {@code .part} file into place; without force, only while the target is still absent. */
    void commit() throws IOException {
        if (!created) {
            return;
        }
        try {
            if (force) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(part, target);
            }
            created = false;
        } catch (FileAlreadyExistsException e) {
            discard();
            throw new BadInputException(option + " " + target + " appeared while this run wrote it and was left "
                    + "as it is; pass --force to replace it, or choose another path");
        }
    }

    /** Writes the whole text and puts it in place; a failed write leaves nothing behind and says what to check. */
    void write(String text) {
        try {
            try (Writer writer = open()) {
                writer.write(text);
            }
            commit();
        } catch (IOException e) {
            discard();
            throw new UserFacingException("cannot write " + target + ": " + (e.getMessage() == null
                    ? "the write failed" : "the disk refused it") + "; check the folder and the free space",
                    ErrorReporting.FAILED);
        }
    }

    /** Removes the {@code .part} file this run created, if it is still there; a failed run leaves nothing behind. */
    void discard() {
        if (!created) {
            return;
        }
        try {
            Files.deleteIfExists(part);
            created = false;
        } catch (IOException ignored) {
            // the run already failed; its own error is the one to report
        }
    }
}
