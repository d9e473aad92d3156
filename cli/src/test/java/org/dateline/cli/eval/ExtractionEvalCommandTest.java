package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalCommandTest {

    @Test
    void bagOfWordsCountsRepeatedTokensOnce() {
        double[] prf = ExtractionEvalCommand.bagOfWords("a a b c", "a b b");
        // common: a (1), b (1) -> precision 2/3, recall 2/4
        assertThat(prf[0]).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(prf[1]).isCloseTo(0.5, within(1e-9));
        assertThat(prf[2]).isCloseTo(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), within(1e-9));
        assertThat(ExtractionEvalCommand.bagOfWords("", "")).containsExactly(1, 1, 1);
        assertThat(ExtractionEvalCommand.bagOfWords("x y", "")).containsExactly(0, 0, 0);
    }

    @Test
    void titlesAndAuthorsAreComparedAfterNormalisation() {
        assertThat(ExtractionEvalCommand.normTitle(" Port\u2019s  NEW terminal ")).isEqualTo("port's new terminal");
        assertThat(ExtractionEvalCommand.authorSet("Ana Lima, TOM reyes"))
                .isEqualTo(ExtractionEvalCommand.authorSet("Tom Reyes and Ana Lima"));
        assertThat(ExtractionEvalCommand.authorSet(null)).isEmpty();
    }

    @Test
    void normalisingATitleInOnePassAgreesWithThePatternsItStandsFor() {
        String[] titles = {"", "   ", "Port\u2019s NEW terminal", "\u201cQuoted\u201d \u2018single\u2019 `tick\u00b4 \u201b\u201e",
            "dash\u2010\u2011\u2012\u2013\u2014\u2015end", "tabs\t\tand\r\nlines\u000b\fhere ", "no\u00a0break \u00a0 space",
            "\ufb01ne ligature \u2460 circled", "\u039f\u0394\u039f\u03a3 final sigma", "\u0130stanbul", "A\u0301 combining",
            "\u3000ideographic\u3000space\u3000", "\u2028line separator\u2029"};
        for (String t : titles) {
            String byPatterns = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC)
                    .toLowerCase(java.util.Locale.ROOT).replaceAll("[\u2018\u2019\u201b`\u00b4]", "'")
                    .replaceAll("[\u201c\u201d\u201e]", "\"").replaceAll("[\u2010-\u2015]", "-")
                    .replaceAll("\\s+", " ").strip();
            assertThat(ExtractionEvalCommand.normTitle(t)).as(t).isEqualTo(byPatterns);
        }
    }

    @Test
    void scoresASmallGoldSet(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        String body = "The council voted on Monday to close the old bridge, citing safety, cost and the lack of any repair plan.";
        page(dir, "k1", "<html><head><title>Bridge to close | Town Times</title>"
                + "<meta property=\"article:published_time\" content=\"2023-04-05T10:00:00Z\">"
                + "<meta name=\"author\" content=\"Ana Lima\"></head><body><article><p>" + body + "</p><p>" + body
                + "</p></article></body></html>");
        page(dir, "k2", "<html><head><title>Other story</title></head><body><article><p>" + body
                + "</p></article></body></html>");
        Files.writeString(dir.resolve("articles.json"), """
                {"k1": {"title": "Bridge to close", "authors": "Ana Lima", "date": "2023-04-05",
                        "articleBody": "%s\\n\\n%s", "url": "https://example.org/a"},
                 "k2": {"title": "Something else", "authors": "", "date": "NaT",
                        "articleBody": "%s", "url": "https://example.org/b"},
                 "k3": {"title": "No page", "authors": "", "date": "2023-01-01", "articleBody": "x", "url": "u"}}
                """.formatted(body, body, body));
        ExtractionEvalCommand.Result r = ExtractionEvalCommand.evaluate(dir, Integer.MAX_VALUE, null);
        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.missingPages()).isEqualTo(1);
        assertThat(r.f1()).isCloseTo(1.0, within(1e-9));
        assertThat(r.title()).isCloseTo(0.5, within(1e-9));
        assertThat(r.author()).isCloseTo(1.0, within(1e-9));
        assertThat(r.dated()).isEqualTo(1);  // NaT is left out of the date rate
        assertThat(r.date()).isCloseTo(1.0, within(1e-9));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractionEvalCommand.print(r, dir, 0.1, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("body F1", "title exact", "date exact");
    }

    /** Regression floor on the real gold set; skipped when shared/ is absent. */
    @Test
    void realGoldSetStaysAboveFloors() throws IOException {
        Path dir = ExtractionEvalCommand.defaultDir();
        Assumptions.assumeTrue(dir != null, "shared/" + ExtractionEvalCommand.DATASET + " not present");
        ExtractionEvalCommand.Result r = ExtractionEvalCommand.evaluate(dir, Integer.MAX_VALUE, null);
        assertThat(r.documents()).isGreaterThan(300);
        assertThat(r.unreadable()).isZero();
        assertThat(r.f1()).isGreaterThan(0.88);
        assertThat(r.title()).isGreaterThan(0.88);
        assertThat(r.date()).isGreaterThan(0.75);
    }

    private static void page(Path dir, String key, String html) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(key + ".html.gz")))) {
            o.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
