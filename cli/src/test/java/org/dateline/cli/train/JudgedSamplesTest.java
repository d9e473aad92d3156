package org.dateline.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.dateline.core.Pipeline;
import org.dateline.core.event.ActorDictionary;
import org.dateline.core.event.EventFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a folder of judged samples over invented pages (a stand-in for ../shared): documents up to the last one the
 * judge's file names are coded and aligned, later ones are not, and what does not align is reported.
 */
class JudgedSamplesTest {
    @TempDir Path shared;

    private void page(String name, String paragraph) throws Exception { page(name, null, paragraph); }

    private void page(String name, String language, String paragraph) throws Exception {
        Path dir = Files.createDirectories(shared.resolve("dev/extraction/htmldate-dev/pages"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            String html = language == null ? "<html>" : "<html lang=\"" + language + "\">";
            out.write((html + "<body><article><p>" + paragraph + "</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void documentsUpToTheLastJudgedOneAreCodedAndRowsThatDoNotFitAreReported() throws Exception {
        page("p1.html.gz", "Dock workers in the northern port walked out on Monday over pay, and their union accused the"
                + " port authority of breaking its promises to the workers of the harbour.");
        page("p2.html.gz", "The weather was mild along the coast this week, with light winds and a little rain at night"
                + " in most of the towns of the region, forecasters said.");
        page("p3.html.gz", "The harbour authority met union leaders on Wednesday and agreed to reopen the talks on pay"
                + " for the workers of the northern port next month.");
        page("p4.html.gz", "French police arrested twenty German protesters in Paris on Friday after a march on the"
                + " embassy turned violent, the interior ministry said.");
        Path dir = Files.createDirectories(shared.resolve("judged"));
        StringBuilder sample = new StringBuilder();
        for (int i = 1; i <= 4; i++) sample.append("{\"source\":\"htmldate\",\"key\":\"p" + i + ".html.gz\",\"date\":\"2020-03-06\"}\n");
        Files.writeString(dir.resolve("sample-x.jsonl"), sample);
        Files.writeString(dir.resolve("judged-x.tsv"), String.join("\n",
                "doc\tstart\tend\ttrigger\tcoded_type\tverdict\tgold_type\tgold_cameo\tactor\tdate\treason",
                "htmldate:p1.html.gz\t0\t1\tzzz\tACCUSE\tright\tACCUSE\t112\t- LAB\tok\t-",
                "htmldate:p3.html.gz\t0\t20\t-\t-\tmissed\tCONSULT\t040\t- BUS\t-\tinvented-miss") + "\n");

        JudgedSamples.Loaded loaded = JudgedSamples.load(dir, shared,
                new Pipeline(ActorDictionary.empty(), EventFilter.none()), null);

        assertThat(loaded.names()).containsExactly("x");
        assertThat(loaded.documents()).as("p1..p3; p4 comes after the last judged document").isEqualTo(3);
        assertThat(loaded.problems()).anyMatch(p -> p.startsWith("unaligned htmldate:p1.html.gz 0-1 'zzz'"));
        assertThat(loaded.problems()).noneMatch(p -> p.contains("p4.html.gz"));
        assertThat(loaded.judgements()).extracting(Judgement::label).containsExactly(Judgement.Label.MISSED);
        assertThat(loaded.judgements().get(0).doc()).isEqualTo("htmldate:p3.html.gz");
    }

    @Test
    void aLastDocumentWithNoRowCountsWhenTheJudgeSaysHowManyDocumentsWereFinished() throws Exception {
        page("q1.html.gz", "The harbour authority met union leaders on Wednesday and agreed to reopen the talks on pay"
                + " for the workers of the northern port next month.");
        page("q2.html.gz", "The weather was mild along the coast this week, with light winds and a little rain at night"
                + " in most of the towns of the region, forecasters said.");
        page("q3.html.gz", "A recipe for plum cake needs flour, butter, sugar and ripe plums from the garden, baked"
                + " slowly for an hour until golden.");
        Path dir = Files.createDirectories(shared.resolve("judged-marked"));
        StringBuilder sample = new StringBuilder();
        for (int i = 1; i <= 3; i++) sample.append("{\"source\":\"htmldate\",\"key\":\"q" + i + ".html.gz\",\"date\":\"2020-03-06\"}\n");
        Files.writeString(dir.resolve("sample-y.jsonl"), sample);
        String header = "doc\tstart\tend\ttrigger\tcoded_type\tverdict\tgold_type\tgold_cameo\tactor\tdate\treason";
        String row = "htmldate:q1.html.gz\t0\t20\t-\t-\tmissed\tCONSULT\t040\t- BUS\t-\tinvented-miss";
        Files.writeString(dir.resolve("judged-y.tsv"), String.join("\n", header, row, "# documents judged: 2") + "\n");

        JudgedSamples.Loaded marked = JudgedSamples.load(dir, shared, new Pipeline(ActorDictionary.empty(), EventFilter.none()), null);
        assertThat(marked.documents()).as("q1 and q2, the judge's count; q3 not yet").isEqualTo(2);
        assertThat(marked.problems()).noneMatch(p -> p.contains("line"));

        Files.writeString(dir.resolve("judged-y.tsv"), String.join("\n", header, row) + "\n");
        JudgedSamples.Loaded unmarked = JudgedSamples.load(dir, shared, new Pipeline(ActorDictionary.empty(), EventFilter.none()), null);
        assertThat(unmarked.documents()).as("without the count, judging ends at the last row's document").isEqualTo(1);
    }

    @Test
    void aSpanishDocumentTeachesTheFilterNothingForTheFilterNeverWeighsItsEvents() throws Exception {
        page("s1.html.gz", "en", "The harbour authority met union leaders on Wednesday and agreed to reopen the talks on"
                + " pay for the workers of the northern port next month.");
        page("s2.html.gz", "es", "La policía francesa detuvo el viernes en París a veinte manifestantes alemanes después"
                + " de que una marcha hacia la embajada se volviera violenta, dijo el ministerio del Interior.");
        Path dir = Files.createDirectories(shared.resolve("judged-spanish"));
        StringBuilder sample = new StringBuilder();
        for (int i = 1; i <= 2; i++) sample.append("{\"source\":\"htmldate\",\"key\":\"s" + i + ".html.gz\",\"date\":\"2020-03-06\"}\n");
        Files.writeString(dir.resolve("sample-z.jsonl"), sample);
        Files.writeString(dir.resolve("judged-z.tsv"), String.join("\n",
                "doc\tstart\tend\ttrigger\tcoded_type\tverdict\tgold_type\tgold_cameo\tactor\tdate\treason",
                "htmldate:s1.html.gz\t0\t20\t-\t-\tmissed\tCONSULT\t040\t- BUS\t-\tinvented-miss",
                "htmldate:s2.html.gz\t0\t20\t-\t-\tmissed\tASSAULT\t180\t- CVL\t-\tinvented-miss") + "\n");

        JudgedSamples.Loaded loaded = JudgedSamples.load(dir, shared, new Pipeline(ActorDictionary.empty(), EventFilter.none()), null);

        assertThat(loaded.documents()).as("the English page only").isEqualTo(1);
        assertThat(loaded.judgements()).extracting(Judgement::doc).containsExactly("htmldate:s1.html.gz");
    }
}
