package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.UserMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A home that is a file is refused in plain words before anything starts; a missing one is made later. */
class HomeTest {

    @Test
    void aFileWhereTheHomeShouldBeIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("home"), "not a folder");
        String problem = Home.problem(file);
        assertThat(problem).contains(file.toString(), "is a file, not a folder", "NIGHTSHIFT_HOME");
        UserMessages.assertPlain(problem);
    }

    @Test
    void aFolderOrAMissingOneIsFine(@TempDir Path dir) {
        assertThat(Home.problem(dir)).isNull();
        assertThat(Home.problem(dir.resolve("not-yet"))).isNull();
    }
}
