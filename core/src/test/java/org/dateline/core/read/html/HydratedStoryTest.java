package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.dateline.core.source.RawDocument;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A page built by a script framework shows its opening paragraphs as HTML and keeps the whole story in the JSON data
 * its script hydrates the page from ({@link ScriptStory}); and a code listing keeps the lines its syntax highlighter
 * named "comment". Invented pages.
 */
class HydratedStoryTest {
    private static final String P1 = "The harbour board said on Tuesday that the old ferry pier would close for "
            + "repairs in March, after divers found cracks in two of its oak piles during a routine survey.";
    private static final String P2 = "Ferries will call at the north quay instead, a walk of ten minutes from the "
            + "town square, and the board promised a shuttle bus for passengers with heavy luggage.";
    private static final String P3 = "Fishermen who land their catch at the pier asked for a temporary pontoon, "
            + "saying the north quay was too crowded at dawn for the boats of both fleets.";
    private static final String P4 = "The board replied that a pontoon was being considered but would cost as much "
            + "as a month of the repairs themselves, and that it would decide at its next meeting.";

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private Article read(String html) throws Exception {
        return reader.read(RawDocument.of("test.html", html.getBytes(StandardCharsets.UTF_8))
                .withFormat(RawDocument.Format.HTML));
    }

    private static String node(String text) {
        int half = text.indexOf(", ");
        return "{\"type\":\"paragraph\",\"data\":{},\"content\":[{\"type\":\"text\",\"value\":\""
                + text.substring(0, half + 2) + "\"},{\"type\":\"link\",\"data\":{\"href\":\"/pier\"},\"content\":"
                + "[{\"type\":\"text\",\"value\":\"" + text.substring(half + 2) + "\"}]}]}";
    }

    private static String data(String... paragraphs) {
        StringBuilder b = new StringBuilder("{\"props\":{\"story\":{\"headline\":\"Pier to close\",\"body\":{\"content\":[");
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) b.append(",{\"type\":\"ad\",\"data\":{\"slot\":").append(i).append("},\"content\":[]},");
            b.append(node(paragraphs[i]));
        }
        b.append("]}},\"padding\":\"").append("x".repeat(2_000)).append("\"}}");
        return b.toString();
    }

    private static final String DECLARED = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Pier to close\"}</script>";

    private static String page(String shown, String json) {
        return page(shown, json, DECLARED);
    }

    private static String page(String shown, String json, String head) {
        return "<html><head><title>Pier to close</title>" + head + "</head><body><nav><a href='/'>Home</a></nav><article><h1>Pier to"
                + " close</h1>" + shown + "<div class='paywall'>Subscribe to read on</div></article>"
                + "<script id='__NEXT_DATA__' type='application/json'>" + json + "</script></body></html>";
    }

    @Test
    void aMeteredPageShowingItsOpeningIsReadWholeFromItsHydrationData() throws Exception {
        String html = page("<p>" + P1 + "</p>", data(P1, P2, P3, P4));
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aPageThatDoesNotDeclareItselfAnArticleIsNotReadFromItsData() throws Exception {
        String html = page("<p>" + P1 + "</p>", data(P1, P2, P3, P4), "");
        assertThat(read(html).body()).isEqualTo(P1);
    }

    @Test
    void aPageShowingItsWholeStoryIsReadFromItsHtml() throws Exception {
        String html = page("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p>", data(P1, P2, P3, P4));
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void dataThatDoesNotOpenWithTheShownStoryIsAnotherStoryAndIgnored() throws Exception {
        String html = page("<p>" + P2 + "</p>", data(P1, P3, P4, P1));
        assertThat(read(html).body()).isEqualTo(P2);
    }

    @Test
    void theCommentsOfACodeListingAreReadWithItsCode() throws Exception {
        String html = "<html><body><article><h1>Counting lines</h1><p>" + P1 + "</p><pre><code class='language-sh'>"
                + "<span class='hljs-comment'># count the lines of every log</span>\nwc -l *.log</code></pre><p>" + P2
                + "</p></article></body></html>";
        assertThat(read(html).body()).contains("# count the lines of every log").contains("wc -l *.log");
    }
}
