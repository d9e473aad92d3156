package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The token can stay out of the process list, and a blank one is a usage error rather than no authentication. */
class ServeCommandTest {
    @TempDir Path dir;

    @Test
    void theTokenIsReadFromTheFirstLineOfATokenFile() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "correct-horse-battery\n");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--token-file", file.toString());

        assertThat(serve.token()).isEqualTo("correct-horse-battery");
    }

    @Test
    void aTokenFileAndATokenTogetherAreRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "correct-horse-battery\n");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--token-file", file.toString(), "--token", "another-token");

        assertThatThrownBy(serve::token).hasMessageContaining("not both");
    }

    @Test
    void aBlankTokenIsAUsageErrorBeforeAnythingIsServed() {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(new StringWriter(), true));

        assertThat(cl.execute("serve", "--port", "0", "--token", " ", "--db", dir.resolve("none.db").toString())).isEqualTo(2);
        assertThat(dir.resolve("none.db")).doesNotExist();
    }
}
