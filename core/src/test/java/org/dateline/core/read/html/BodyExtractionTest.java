package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.dateline.core.source.RawDocument;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/** Which blocks of a page the story text is taken from, one category of block per test, on invented pages. */
class BodyExtractionTest {
    static final String P1 = "The river authority said on Monday that the new flood barrier, built over three winters, "
            + "would protect some 4,000 homes in the lower town, and that its gates had been tested twice this autumn.";
    static final String P2 = "Engineers added that the old embankment, patched many times since the great flood, "
            + "would be kept as a second line of defence, and planted with willows to hold the soil together.";
    static final String P3 = "Residents of the lower town, who had campaigned for the barrier for a decade, "
            + "said they would sleep better, although some shopkeepers asked when the road closures would end.";

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private Article read(String html) throws Exception {
        return reader.read(RawDocument.of("test.html", html.getBytes(StandardCharsets.UTF_8))
                .withFormat(RawDocument.Format.HTML));
    }

    private static String story() {
        return "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    }

    @Test
    void aNoscriptBlockHoldingMostOfThePageIsReadAsThePage() throws Exception {
        String html = "<html><body><div id='app'><nav><a href='/'>Home</a> <a href='/latest'>Latest</a></nav></div>"
                + "<noscript><div class='topic'><div class='post'>" + story() + "</div></div></noscript></body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aNoscriptPleaBesideTheStoryIsDropped() throws Exception {
        String html = "<html><body><article>" + story() + "</article>"
                + "<noscript><p>Please turn on JavaScript in your browser to see the comments below.</p></noscript>"
                + "</body></html>";
        assertThat(read(html).body().split("\n\n")).containsExactly(P1, P2, P3);
    }
}
