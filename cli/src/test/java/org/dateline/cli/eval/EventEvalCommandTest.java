package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EventEvalCommandTest {
    @TempDir Path dir;

    @Test
    void thePloverRecordsAreLookedForInTheSharedFolderGiven() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new EventEvalCommand());
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("--shared", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(dir.resolve("dev/events/plover_gsr_dev.json").toString());
    }

    @Test
    void anExplicitFileWinsOverTheSharedFolder() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new EventEvalCommand());
        cl.setErr(new PrintWriter(err, true));
        Path gold = dir.resolve("mine.json");
        cl.execute("--shared", dir.toString(), "--file", gold.toString());
        assertThat(err.toString()).contains("no such file: " + gold);
    }
}
