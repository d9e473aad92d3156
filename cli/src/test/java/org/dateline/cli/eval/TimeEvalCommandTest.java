package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TimeEvalCommandTest {
    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-02" functionInDocument="CREATION_TIME">2003-05-02</TIMEX3></DCT>
            <TEXT>
            The board <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2003-05-01">yesterday</TIMEX3> \
            and will vote <TIMEX3 tid="t2" type="DATE" value="2003-W19">next week</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new TimeEvalCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void scoresAFolderOfTimeMl(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("set"));
        Files.writeString(dir.resolve("set/a.tml"), DOC);
        String out = run("--dir", dir.toString());
        assertThat(out).contains("documents 1, gold timexes 2, system timexes 2");
        assertThat(out).contains("strict  P 1.0000  R 1.0000  F1 1.0000");
        assertThat(out).contains("value   accuracy 1.0000  F1 1.0000");
        assertThat(out).containsPattern("speed\\s+\\d+ tokens/s");
    }

    @Test
    void verboseListsMistakes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.tml"), DOC.replace("2003-W19", "2003-W20"));
        String out = run("--dir", dir.toString(), "--verbose");
        assertThat(out).contains("VALUE\tnext week -> next week\t2003-W20 -> 2003-W19");
    }

    @Test
    void missingFolderIsAnErrorNotACrash(@TempDir Path dir) {
        CommandLine cl = new CommandLine(new TimeEvalCommand());
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("--dir", dir.resolve("nope").toString())).isEqualTo(2);
    }
}
