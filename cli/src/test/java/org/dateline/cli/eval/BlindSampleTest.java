package org.dateline.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.dateline.core.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlindSampleTest {
    @TempDir Path shared;

    private void page(String name, String html) throws Exception {
        page(shared.resolve(BlindSample.HTMLDATE).resolve("pages"), name, html);
    }

    private static void page(Path folder, String name, String html) throws Exception {
        Path dir = Files.createDirectories(folder);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test void aPageOfTheDatedSetIsReadThroughTheReaderWithTheDateTheSampleGives() throws Exception {
        page("p1.html.gz", "<html><head><title>Harbour workers strike</title></head><body><article><h1>Harbour workers"
                + " strike</h1><p>Dock workers in the port walked out on Monday over pay, their union said, and"
                + " vowed to stay out until the port authority reopens talks.</p><p>The authority said it would"
                + " meet union leaders later in the week.</p></article><footer>Subscribe to our newsletter</footer>"
                + "</body></html>");
        Path sample = shared.resolve("sample.jsonl");
        Files.writeString(sample, "{\"source\":\"htmldate\",\"key\":\"p1.html.gz\",\"date\":\"2020-03-02\"}\n");
        List<String> problems = new ArrayList<>();
        List<BlindSample.Document> docs = BlindSample.read(sample, shared, new Pipeline(), problems);
        assertThat(problems).isEmpty();
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("htmldate:p1.html.gz");
            assertThat(d.source()).isEqualTo("htmldate");
            assertThat(d.article().publicationDate()).isEqualTo("2020-03-02");
            assertThat(d.article().body()).contains("walked out on Monday").doesNotContain("newsletter");
        });
    }

    @Test void aPageOfTheWcxbSetIsReadByItsFileIdAndKeyedWithIt() throws Exception {
        page(shared.resolve(BlindSample.WCXB).resolve("html"), "0042.html.gz", "<html><head><title>Ferry"
                + " sails again</title></head><body><article><h1>Ferry sails again</h1><p>The island ferry resumed"
                + " service on Friday after the strike ended, the operator said, and crews returned to work.</p>"
                + "</article></body></html>");
        Path sample = shared.resolve("sample.jsonl");
        Files.writeString(sample, "{\"source\":\"wcxb\",\"key\":\"0042\",\"date\":\"2024-05-10\"}\n"
                + "{\"source\":\"wcxb\",\"key\":\"0043\",\"date\":\"2024-05-11\"}\n");
        List<String> problems = new ArrayList<>();
        List<BlindSample.Document> docs = BlindSample.read(sample, shared, new Pipeline(), problems);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("wcxb:0042");
            assertThat(d.source()).isEqualTo("wcxb");
            assertThat(d.article().publicationDate()).isEqualTo("2024-05-10");
            assertThat(d.article().body()).contains("resumed service on Friday");
        });
        assertThat(problems).singleElement().asString().startsWith("skipped wcxb:0043");
    }

    @Test void aMissingPageIsSkippedWithALineNamingItAndTheRestIsRead() throws Exception {
        page("here.html.gz", "<html><body><article><p>The council met on Tuesday and agreed the budget after a long"
                + " debate among its members about schools and roads.</p></article></body></html>");
        Path sample = shared.resolve("sample.jsonl");
        Files.writeString(sample, "{\"source\":\"htmldate\",\"key\":\"gone.html.gz\",\"date\":\"2020-01-01\"}\n"
                + "{\"source\":\"htmldate\",\"key\":\"here.html.gz\",\"date\":\"2020-01-02\"}\n");
        List<String> problems = new ArrayList<>();
        List<BlindSample.Document> docs = BlindSample.read(sample, shared, new Pipeline(), problems);
        assertThat(docs).extracting(BlindSample.Document::key).containsExactly("htmldate:here.html.gz");
        assertThat(problems).singleElement().asString().startsWith("skipped htmldate:gone.html.gz");
    }

    @Test void anArchivedStoryIsReadInTheLanguageItsTextIsWrittenInAsIngestingItWould() throws Exception {
        Path dump = shared.resolve(BlindSample.KCNA);
        Files.createDirectories(dump.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dump))) {
            out.write(("{\"date\":\"2011-05-02\",\"title\":\"Delegation Leaves\",\"text\":\"A delegation of the"
                    + " ministry left here on Monday for a visit to the country at the invitation of its government and"
                    + " will hold talks with the officials of the ministry there.\"}\n"
                    + "{\"date\":\"2011-05-03\",\"title\":\"Parte delegación\",\"text\":\"Una delegación del"
                    + " ministerio partió el lunes de aquí para visitar el país por invitación de su gobierno y sostendrá"
                    + " conversaciones con los funcionarios del ministerio en la capital de la república.\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path sample = shared.resolve("sample.jsonl");
        Files.writeString(sample, "{\"source\":\"kcna\",\"line\":1,\"date\":\"2011-05-02\"}\n"
                + "{\"source\":\"kcna\",\"line\":2,\"date\":\"2011-05-03\"}\n");
        List<String> problems = new ArrayList<>();
        List<BlindSample.Document> docs = BlindSample.read(sample, shared, new Pipeline(), problems);
        assertThat(problems).isEmpty();
        assertThat(docs).extracting(d -> d.article().language()).containsExactly("en", "es");
    }

    @Test void aTimeMlStoryIsItsTextElementDatedByItsCreationTimeUnlessTheSampleGivesADate() throws Exception {
        Path dir = shared.resolve(BlindSample.TIMEML).resolve("TimeBank");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("XYZ19990301.0100.tml"), "<?xml version=\"1.0\"?>\n<TimeML><DOCID>XYZ</DOCID>"
                + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1999-03-01\" functionInDocument=\"CREATION_TIME\">"
                + "03/01/1999</TIMEX3></DCT><TEXT>\n\nThe two ministers <EVENT eid=\"e1\">met</EVENT> in Lisbon on"
                + " <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1999-02-27\">Saturday</TIMEX3>.\n</TEXT></TimeML>\n");
        Path sample = shared.resolve("sample.jsonl");
        Files.writeString(sample, "{\"source\":\"timeml\",\"key\":\"TimeBank/XYZ19990301.0100.tml\"}\n"
                + "{\"source\":\"timeml\",\"key\":\"TimeBank/gone.tml\"}\n");
        List<String> problems = new ArrayList<>();
        List<BlindSample.Document> docs = BlindSample.read(sample, shared, new Pipeline(), problems);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("tml:TimeBank/XYZ19990301.0100.tml");
            assertThat(d.article().publicationDate()).isEqualTo("1999-03-01");
            assertThat(d.article().body()).isEqualTo("The two ministers met in Lisbon on Saturday.");
        });
        assertThat(problems).singleElement().asString().startsWith("skipped tml:TimeBank/gone.tml");
    }

    @Test void aTimeMlWireStoryLosesItsDatelineToThePlaceTheAgencyAndTheDayAsIngestingItWould() throws Exception {
        Path dir = shared.resolve(BlindSample.TIMEML).resolve("AQUAINT");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("XYZ19990302.0200.tml"), "<?xml version=\"1.0\"?>\n<TimeML><DOCID>XYZ</DOCID>"
                + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1999-03-02\" functionInDocument=\"CREATION_TIME\">"
                + "03/02/1999</TIMEX3></DCT><TEXT>\n\nPORT ALDER, March 1 (AP) _\n\nThe two ministers <EVENT eid=\"e1\">met</EVENT>"
                + " on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1999-03-01\">Monday</TIMEX3>.\n</TEXT></TimeML>\n");
        Path sample = shared.resolve("sample.jsonl");
        Files.writeString(sample, "{\"source\":\"timeml\",\"key\":\"AQUAINT/XYZ19990302.0200.tml\"}\n");
        List<BlindSample.Document> docs = BlindSample.read(sample, shared, new Pipeline(), new ArrayList<>());
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.article().body()).isEqualTo("The two ministers met on Monday.");
            assertThat(d.article().headline()).isNull();
            assertThat(d.article().datelinePlace()).isEqualTo("PORT ALDER");
            assertThat(d.article().publicationDate()).isEqualTo("1999-03-01");   // the dateline's day, not the file's
            assertThat(d.article().agency()).isEqualTo("AP");
        });
    }
}
