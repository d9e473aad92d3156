package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A query the store will not run is the user's mistake: usage exit code 2 and one line saying why. */
class SearchCommandTest {
    @TempDir static Path dir;
    static Path db;

    @BeforeAll static void fill() {
        db = dir.resolve("s.db");
        Fixtures.store(db).close();
    }

    private static int exitOf(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 3];
        all[0] = "search";
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return cl.execute(all);
    }

    @Test
    void aQueryWithoutWordsIsAUsageError() {
        StringWriter err = new StringWriter();

        assertThat(exitOf(err, "\"")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid search query");
    }

    @Test
    void aNegativeLimitIsAUsageError() {
        StringWriter err = new StringWriter();

        assertThat(exitOf(err, "--limit", "-1", "envoy")).isEqualTo(2);
        assertThat(err.toString()).contains("--limit and --offset must be 0 or more").doesNotContain("Usage");
    }

    @Test
    void aQueryWithTooManyTermsIsAUsageErrorThatSaysSo() {
        StringWriter err = new StringWriter();
        String many = IntStream.range(0, 50).mapToObj(i -> "w" + i + "*").collect(Collectors.joining(" OR "));

        assertThat(exitOf(err, many)).isEqualTo(2);
        assertThat(err.toString()).contains("too large", "50 terms");
    }
}
