package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileErrorsTest {
    @TempDir Path dir;

    @Test
    void aMissingFileIsNamedWithWhyItFailedNotOnlyItsPath() throws Exception {
        Path missing = dir.resolve("labels.tsv");
        IOException e = null;
        try {
            Files.readString(missing);
        } catch (IOException failure) {
            e = failure;
        }
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo(missing.toString());          // what the JDK says: the path alone
        assertThat(FileErrors.describe(e)).isEqualTo(missing + ": no such file");
    }

    @Test
    void aFailureWrappedByAStreamReadsLikeTheFailureItself() {
        NoSuchFileException cause = new NoSuchFileException("/data/x.jsonl");
        assertThat(FileErrors.describe(new UncheckedIOException(cause))).isEqualTo("/data/x.jsonl: no such file");
    }

    @Test
    void theSystemsOwnReasonIsKeptWhenTheExceptionHasOne() {
        assertThat(FileErrors.describe(new FileSystemException("/data/out", null, "Is a directory")))
                .isEqualTo("/data/out: Is a directory");
        assertThat(FileErrors.describe(new AccessDeniedException("/root/db"))).isEqualTo("/root/db: permission denied");
    }

    @Test
    void aFailureThatNamesNoFileGivesItsOwnMessageOrItsClass() {
        assertThat(FileErrors.describe(new IllegalArgumentException("give --token or --token-file, not both")))
                .isEqualTo("give --token or --token-file, not both");
        assertThat(FileErrors.describe(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
    }
}
