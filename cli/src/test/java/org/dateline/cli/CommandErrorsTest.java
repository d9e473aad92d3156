package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandErrorsTest {
    @TempDir Path dir;

    @Test
    void aMissingFileGivenToACommandIsNamedWithTheReasonOnOneLine() {
        Path db = dir.resolve("s.db");
        Fixtures.store(db).close();
        Path labels = dir.resolve("no-such-labels.tsv");
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine("eval", "merges", "--db", db.toString(), "--labels", labels.toString());
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("eval", "merges", "--db", db.toString(), "--labels", labels.toString());
        assertThat(code).isEqualTo(3);
        assertThat(err.toString().strip()).isEqualTo("dateline merges: " + labels + ": no such file");
    }
}
