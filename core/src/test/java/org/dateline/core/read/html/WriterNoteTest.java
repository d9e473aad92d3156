package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.dateline.core.source.RawDocument;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The note on the writer that closes a story (who they are, what they cover, where to reach them), on invented
 * pages.
 */
class WriterNoteTest {
    private static final String P1 = BodyExtractionTest.P1;
    private static final String P2 = BodyExtractionTest.P2;
    private static final String P3 = BodyExtractionTest.P3;

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private Article read(String author, String... closing) throws Exception {
        StringBuilder html = new StringBuilder("<html><head><meta name='author' content='" + author + "'></head>"
                + "<body><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>");
        for (String c : closing) html.append("<p>").append(c).append("</p>");
        html.append("</article></body></html>");
        return reader.read(RawDocument.of("test.html", html.toString().getBytes(StandardCharsets.UTF_8))
                .withFormat(RawDocument.Format.HTML));
    }

    @Test
    void aClosingNoteNamingTheCreditedWriterIsDropped() throws Exception {
        Article a = read("Marta Lind", "Valley Post river writer Marta Lind has covered four floods and two droughts, "
                + "and walks the embankment every spring.");
        assertThat(a.body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aClosingNoteOpeningOnTheWritersFirstNameIsDropped() throws Exception {
        Article a = read("Marta Lind", "Marta is a science writer who is fascinated by rivers, soils and everything "
                + "that grows along the water.");
        assertThat(a.body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aLineSayingWhereTheWriterCanBeReachedIsDropped() throws Exception {
        Article a = read("Marta Lind", "Staff writer Oskar Holm can be reached at oskar.holm@valleypost.example.");
        assertThat(a.body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aClosingParagraphAboutSomeoneElseIsKept() throws Exception {
        String last = "Martin Lindqvist, who farms below the weir, said he would believe in the barrier once it had "
                + "held through a winter.";
        Article a = read("Marta Lind", last);
        assertThat(a.body()).contains(last);
    }

    @Test
    void theWritersNameEarlierInTheStoryIsKept() throws Exception {
        String early = "Marta Lind, who wrote the first report on the barrier ten years ago, returned to the valley "
                + "this week to see the gates tested.";
        Article a = read("Marta Lind", early, P1.replace("Monday", "Friday"), P2.replace("Engineers", "Surveyors"),
                P3.replace("Residents", "Farmers"));
        assertThat(a.body()).contains(early);
    }
}
