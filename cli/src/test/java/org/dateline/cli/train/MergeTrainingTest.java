package org.dateline.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dateline.core.event.FilterWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code dateline train merges}: weights fitted on one half of invented pair features, and a clear refusal of none. */
class MergeTrainingTest {
    @TempDir Path dir;

    /** Forty invented merged pairs a half: those sharing a rare name are one happening, the others are not. */
    private Path features(String... halves) throws IOException {
        List<String> lines = new ArrayList<>(List.of("# invented"));
        int n = 0;
        for (String half : halves) {
            for (int i = 0; i < 40; i++, n++) {
                boolean same = i % 2 == 0;
                lines.add(String.join("\t", "M" + n, half, same ? "same" : "different", "merged", "0.5",
                        (same ? "name-shared " : "") + "date:same-day noise=" + (i % 3)));
            }
        }
        Path f = dir.resolve("features.tsv");
        Files.write(f, lines);
        return f;
    }

    private int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new MergeTrainCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aFeatureThatTellsOneHappeningGetsTheLargestWeightInTheFileWritten() throws IOException {
        Path out = dir.resolve("model.tsv");
        int code = run(new StringWriter(), "--out", out.toString(), features("A", "B").toString());
        FilterWeights model = FilterWeights.file(out);
        assertThat(code).isZero();
        assertThat(model.weights().get("name-shared")).isGreaterThan(0.5);
        assertThat(model.probability(List.of("name-shared", "date:same-day")))
                .isGreaterThan(model.probability(List.of("date:same-day")));
    }

    @Test
    void aHalfWithNoMergedPairIsRefusedWithOneLineNotFittedOnNothing() throws IOException {
        StringWriter err = new StringWriter();
        Path out = dir.resolve("model.tsv");
        int code = run(err, "--train-half", "A", "--out", out.toString(), features("B").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("dateline train merges: no rule-merged pair of half A");
        assertThat(out).doesNotExist();
    }
}
