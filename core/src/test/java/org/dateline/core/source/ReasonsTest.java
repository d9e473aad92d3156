package org.dateline.core.source;

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

class ReasonsTest {
    @TempDir Path dir;

    @Test
    void aMissingFileIsNamedWithWhyItFailedNotOnlyItsPath() {
        Path missing = dir.resolve("labels.tsv");
        IOException e = readFailure(missing);
        assertThat(e.getMessage()).isEqualTo(missing.toString());          // what the JDK says: the path alone
        assertThat(Reasons.withFile(e)).isEqualTo(missing + ": no such file");
        assertThat(Reasons.of(e)).isEqualTo("no such file");
    }

    @Test
    void aFailureWrappedByAStreamReadsLikeTheFailureItself() {
        NoSuchFileException cause = new NoSuchFileException("/data/x.jsonl");
        assertThat(Reasons.withFile(new UncheckedIOException(cause))).isEqualTo("/data/x.jsonl: no such file");
    }

    @Test
    void theSystemsOwnReasonIsKeptWhenTheExceptionHasOne() {
        FileSystemException e = new FileSystemException("/data/out", null, "Is a directory");
        assertThat(Reasons.withFile(e)).isEqualTo("/data/out: Is a directory");
        assertThat(Reasons.withFile(new AccessDeniedException("/root/db"))).isEqualTo("/root/db: permission denied");
    }

    @Test
    void aFailureThatNamesNoFileGivesItsOwnMessageOrItsClass() {
        assertThat(Reasons.withFile(new IllegalArgumentException("give --token or --token-file, not both")))
                .isEqualTo("give --token or --token-file, not both");
        assertThat(Reasons.withFile(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
    }

    private static IOException readFailure(Path file) {
        try {
            Files.readString(file);
            throw new AssertionError("read a file that does not exist");
        } catch (IOException e) {
            return e;
        }
    }
}
