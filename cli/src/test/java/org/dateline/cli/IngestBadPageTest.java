package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.core.Pipeline;
import org.dateline.core.source.Sources;
import org.dateline.store.Store;

/** One hostile page in a batch fails alone, with a line naming it; the pages around it are stored. */
class IngestBadPageTest {
    @TempDir Path dir;

    private static String page(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>";
    }

    @Test
    void aPageNestedAHundredThousandDeepFailsAloneAndTheBatchGoesOn() throws Exception {
        String prose = "<p>The harbour authority said on Tuesday that the new terminal, built over four years, "
                + "would double the port's capacity and bring some 2,000 jobs to the region.</p>";
        Files.writeString(dir.resolve("a-before.html"), page("Before", prose));
        Files.writeString(dir.resolve("b-nested.html"),
                page("Nested", "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000)));
        Files.writeString(dir.resolve("c-after.html"), page("After", prose.replace("Tuesday", "Wednesday")));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        IngestSummary summary;
        try (Store store = Store.open(dir.resolve("s.db"));
             Ingester ingester = new Ingester(store, new Pipeline(), new PrintStream(err, true, StandardCharsets.UTF_8),
                     new Progress(System.err, false), null)) {
            summary = ingester.run(Sources.open(List.of(dir.resolve("*.html").toString()), System.in));
        }
        assertThat(summary).isEqualTo(new IngestSummary(3, 2, 0, 1));
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
                .singleElement().asString().contains("b-nested.html").contains("nested more than");
    }
}
