package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path dir;

    private static String write(OutputFile file, String text) throws Exception {
        try (Writer writer = file.open()) {
            writer.write(text);
        }
        file.commit();
        return text;
    }

    @Test
    void aNewFileIsWrittenThroughAPartFileRenamedIntoPlace() throws Exception {
        Path target = dir.resolve("events.jsonl");
        OutputFile file = OutputFile.check(target, "--out", false);
        try (Writer writer = file.open()) {
            writer.write("one\n");
            assertThat(dir.resolve("events.jsonl.part")).hasContent("");
            assertThat(target).doesNotExist();
        }
        file.commit();
        assertThat(target).hasContent("one");
        assertThat(dir.resolve("events.jsonl.part")).doesNotExist();
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path target = Files.writeString(dir.resolve("nightshift.mv.db"), "the session database");
        assertThatThrownBy(() -> OutputFile.check(target, "--out", false)).isInstanceOf(BadInputException.class)
                .hasMessage("--out " + target + " already exists; pass --force to replace it, or choose another path");
        assertThat(target).hasContent("the session database");
        write(OutputFile.check(target, "--out", true), "events");
        assertThat(target).hasContent("events");
    }

    @Test
    void aSymbolicLinkAtTheTargetCountsAsExistingAndForceReplacesTheLinkNotWhatItNames() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("out.jsonl"), victim);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.jsonl"), dir.resolve("nowhere"));
        assertThatThrownBy(() -> OutputFile.check(link, "--out", false)).hasMessageContaining("already exists");
        assertThatThrownBy(() -> OutputFile.check(dangling, "--truth", false))
                .hasMessageStartingWith("--truth " + dangling + " already exists");
        write(OutputFile.check(link, "--out", true), "events");
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(link).hasContent("events");
        assertThat(victim).hasContent("keep me");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    void thePartFileIsCreatedExclusivelyAndNeverThroughALink() throws Exception {
        Path target = dir.resolve("events.jsonl");
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Files.createSymbolicLink(dir.resolve("events.jsonl.part"), victim);
        OutputFile file = OutputFile.check(target, "--out", false);
        assertThatThrownBy(file::open).isInstanceOf(BadInputException.class).hasMessage("cannot write " + target
                + ": " + target + ".part already exists (left by an interrupted run, or someone else's); remove it, "
                + "pass --force, or choose another path");
        assertThat(victim).hasContent("keep me");
        assertThat(Files.isSymbolicLink(dir.resolve("events.jsonl.part"))).isTrue();
        file.discard();
        assertThat(Files.isSymbolicLink(dir.resolve("events.jsonl.part"))).as("not ours to remove").isTrue();

        write(OutputFile.check(target, "--out", true), "events");
        assertThat(target).hasContent("events");
        assertThat(victim).hasContent("keep me");
        assertThat(dir.resolve("events.jsonl.part")).doesNotExist();
    }

    @Test
    void aFailedRunLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("events.jsonl");
        OutputFile file = OutputFile.check(target, "--out", false);
        try (Writer writer = file.open()) {
            writer.write("half");
        }
        file.discard();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFileThatAppearsWhileTheRunWritesIsLeftAsItIs() throws Exception {
        Path target = dir.resolve("events.jsonl");
        OutputFile file = OutputFile.check(target, "--out", false);
        try (Writer writer = file.open()) {
            writer.write("events");
        }
        Files.writeString(target, "someone else's");
        assertThatThrownBy(file::commit).isInstanceOf(BadInputException.class).hasMessage("--out " + target
                + " appeared while this run wrote it and was left as it is; pass --force to replace it, or choose "
                + "another path");
        assertThat(target).hasContent("someone else's");
        assertThat(dir.resolve("events.jsonl.part")).doesNotExist();
    }

    @Test
    void aDeviceIsWrittenInPlaceWithoutForce() throws Exception {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull));
        write(OutputFile.check(devNull, "--out", false), "discarded");
        assertThat(Files.exists(devNull)).isTrue();
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(Path.of("/dev/null.part")).doesNotExist();
    }

    @Test
    void aMissingFolderOrAFolderIsBadInput() {
        assertThatThrownBy(() -> OutputFile.check(dir.resolve("no/such/file"), "--out", true))
                .hasMessage("cannot write " + dir.resolve("no/such/file") + ": the folder " + dir.resolve("no/such")
                        + " does not exist");
        assertThatThrownBy(() -> OutputFile.check(dir, "--out", true))
                .hasMessage("cannot write " + dir + ": it is a folder; name a file");
    }
}
