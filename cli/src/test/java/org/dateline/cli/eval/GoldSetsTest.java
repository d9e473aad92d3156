package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WCXB and htmldate layouts are read and scored: page types, undated gold, halves. */
class GoldSetsTest {
    private static final String PROSE = "The council voted on Monday to close the old bridge, citing safety, cost and "
            + "the lack of any repair plan, and said a ferry would run until a new crossing opens.";

    private static void gz(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String page(String title, String date) {
        String meta = date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "T08:00:00Z\">";
        return "<html><head><title>" + title + "</title>" + meta + "</head><body><article><p>" + PROSE
                + "</p></article></body></html>";
    }

    @Test
    void htmldateSetCountsRightDaysAndUndatedPagesTheWayHtmldateDoes(@TempDir Path dir) throws IOException {
        gz(dir.resolve("pages/a.html.gz"), page("Bridge", "2020-09-21"));
        gz(dir.resolve("pages/b.html.gz"), page("Ferry", null));
        gz(dir.resolve("pages/c.html.gz"), page("Council", "2020-09-22"));
        Files.writeString(dir.resolve("dates.json"), """
                {"https://x.example/a": {"file": "a.html", "date": "2020-09-21"},
                 "https://x.example/b": {"file": "b.html", "date": NaN},
                 "https://x.example/c": {"file": "c.html", "date": "2020-09-23"},
                 "https://x.example/d": {"file": "d.html", "date": "2020-09-24"}}
                """);
        ExtractionRun run = ExtractionRun.of(GoldSets.load(dir), Integer.MAX_VALUE, null);
        ExtractionTally all = run.groups.get("all");
        assertThat(run.missing).isEqualTo(1);
        assertThat(all.dateRight).isEqualTo(1);
        assertThat(all.dateWrong).isEqualTo(1);
        assertThat(all.undatedNone).isEqualTo(1);
        assertThat(all.dateAccuracyWithUndated()).isEqualTo(2.0 / 3);
        assertThat(all.bodyScored).isZero();
        assertThat(run.groups.get("A").documents + run.groups.get("B").documents).isEqualTo(3);
    }

    @Test
    void wcxbSetIsScoredPerPageType(@TempDir Path dir) throws IOException {
        gz(dir.resolve("html/0001.html.gz"), page("Bridge to close", "2023-04-05"));
        gz(dir.resolve("html/0002.html.gz"), page("All bridge stories", null));
        String lines = """
                {"url": "https://x.example/a", "file_id": "0001", "_internal": {"page_type": {"primary": "article"}}, \
                "ground_truth": {"title": "Bridge to close", "author": null, "publish_date": "2023-04-05", "main_content": "%s"}}
                {"url": "https://x.example/b", "file_id": "0002", "_internal": {"page_type": {"primary": "listing"}}, \
                "ground_truth": {"title": "Bridges", "author": "Ana Lima", "publish_date": null, "main_content": "%s"}}
                """.formatted(PROSE, PROSE);
        gz(dir.resolve("ground-truth.jsonl.gz"), lines);
        ExtractionRun run = ExtractionRun.of(GoldSets.load(dir), Integer.MAX_VALUE, null);
        ExtractionTally all = run.groups.get("all");
        assertThat(run.byType).containsOnlyKeys("article", "listing");
        assertThat(all.titleRight).isEqualTo(1);
        assertThat(all.authorRight).isEqualTo(1);   // no author in the gold, none found
        assertThat(all.dated()).isEqualTo(1);        // the listing's missing date is no claim
        assertThat(all.dateRight).isEqualTo(1);
        assertThat(run.byType.get("article").get("all").body(run.byType.get("article").get("all").f1)).isEqualTo(1.0);
    }

    @Test
    void halvesAreStableAndSplitTheIds() {
        int a = 0;
        for (int i = 0; i < 1000; i++) {
            GoldPage g = new GoldPage("page-" + i, Path.of("x"), null, null, null, null, null, null);
            if (g.half() == 'A') a++;
            assertThat(g.half()).isEqualTo(new GoldPage("page-" + i, Path.of("y"), "u", "t", "", null, "b", null).half());
        }
        assertThat(a).isBetween(400, 600);
    }
}
