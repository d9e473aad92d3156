package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** annotate --jsonl reads a line by ingest's rules; the README's first ingest of the examples succeeds. */
class JsonLinesRulesTest {
    @TempDir Path dir;

    @Test
    void aNumberAsTextIsABadLine() {
        assertThatThrownBy(() -> AnnotateCommand.JsonLine.parse("{\"id\":\"n\",\"text\":12345}", "stdin:1"))
                .isInstanceOf(AnnotateCommand.JsonLine.BadLineException.class)
                .hasMessage("\"text\" must be a string, not number");
    }

    @Test
    void anUnreadableDateIsIgnoredWithAWarningAsIngestDoes() throws Exception {
        AnnotateCommand.JsonLine line = AnnotateCommand.JsonLine.parse(
                "{\"id\":\"d\",\"text\":\"A story.\",\"date\":\"soon\"}", "stdin:1");

        assertThat(line.raw().date()).isNull();
        assertThat(line.warning()).isEqualTo("date \"soon\" not understood, ignored");
        assertThat(AnnotateCommand.JsonLine.parse("{\"text\":\"A story.\",\"date\":\"Tue, 03 Sep 2019 08:10:00 +0900\"}",
                "stdin:2").raw().date()).hasToString("2019-09-03");
    }

    @Test
    void ingestingTheExamplesFolderAsTheReadmeSaysSucceeds() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));

        int exit = cl.execute("ingest", "--no-nlp", "--db", dir.resolve("e.db").toString(),
                Path.of("..", "examples").toAbsolutePath().normalize().toString());

        assertThat(exit).as(err.toString()).isZero();
    }
}
