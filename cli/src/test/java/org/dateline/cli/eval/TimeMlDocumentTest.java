package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.core.time.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlDocumentTest {
    static final String SAMPLE = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>X1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-14T10:00" functionInDocument="CREATION_TIME">March 14</TIMEX3></DCT>
            <TEXT>
            Dockers &amp; drivers <EVENT eid="e1">struck</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-03-13">yesterday</TIMEX3> \
            for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void stripsTagsKeepsOffsetsAndLeavesOutTheCreationTime(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.tml");
        Files.writeString(f, SAMPLE);
        TimeMlDocument d = TimeMlDocument.read(f);
        assertThat(d.dct()).isEqualTo(LocalDate.of(2001, 3, 14));
        assertThat(d.text()).contains("Dockers & drivers struck yesterday for two days.");
        assertThat(d.gold()).extracting(TimeMlDocument.GoldTimex::value).containsExactly("2001-03-13", "P2D");
        for (TimeMlDocument.GoldTimex g : d.gold()) {
            assertThat(d.text().substring(g.start(), g.end())).isEqualTo(g.text());
        }
    }

    @Test
    void refusesFilesWithoutCreationTime(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("y.tml");
        Files.writeString(f, "<TimeML><TEXT>Nothing here.</TEXT></TimeML>");
        assertThatThrownBy(() -> TimeMlDocument.read(f)).isInstanceOf(IOException.class);
    }

    @Test
    void scoresStrictRelaxedAndValue(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.tml");
        Files.writeString(f, SAMPLE);
        TimeMlDocument d = TimeMlDocument.read(f);
        TimeMlDocument.GoldTimex y = d.gold().get(0);
        TimeMlDocument.GoldTimex two = d.gold().get(1);
        TempEvalScore score = new TempEvalScore();
        score.add(d, List.of(
                new Timex("yesterday", "DATE", "2001-03-13", null, y.start(), y.end()),
                new Timex("two days.", "DURATION", "P3D", null, two.start(), two.end() + 1),
                new Timex("Dockers", "DATE", "PRESENT_REF", null, 1, 8)));
        assertThat(score.strictPrecision()).isEqualTo(1.0 / 3);
        assertThat(score.strictRecall()).isEqualTo(0.5);
        assertThat(score.relaxedRecall()).isEqualTo(1.0);
        assertThat(score.relaxedPrecision()).isEqualTo(2.0 / 3);
        assertThat(score.valueAccuracy()).isEqualTo(0.5);
        assertThat(score.valueF1()).isEqualTo(0.5 * score.relaxedF1());
        assertThat(score.errors()).anyMatch(e -> e.contains("SPURIOUS")).anyMatch(e -> e.contains("VALUE"));
    }
}
