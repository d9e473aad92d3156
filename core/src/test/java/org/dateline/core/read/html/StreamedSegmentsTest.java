package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.dateline.core.source.RawDocument;
import org.junit.jupiter.api.Test;

/** Pages a server streamed in parts: the late parts, hidden at the foot of the page, are read in their places. */
class StreamedSegmentsTest {
    private static final String P1 = BodyExtractionTest.P1;
    private static final String P2 = BodyExtractionTest.P2;
    private static final String P3 = BodyExtractionTest.P3;
    private static final String SHELL_NAV = "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>";

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private String body(String html) throws Exception {
        return reader.read(RawDocument.of("test.html", html.getBytes(StandardCharsets.UTF_8))
                .withFormat(RawDocument.Format.HTML)).body();
    }

    @Test
    void paragraphsStreamedIntoPlaceholdersAreReadInThePlaceholdersOrder() throws Exception {
        String html = "<html><body>" + SHELL_NAV + "<div class='story'>"
                + "<template id='B:0'></template><div>Loading paragraph...</div>"
                + "<template id='B:1'></template><div>Loading paragraph...</div>"
                + "<template id='B:2'></template><div>Loading paragraph...</div></div>"
                + "<div hidden id='S:2'><p>" + P3 + "</p></div>"
                + "<div hidden id='S:0'><p>" + P1 + "</p></div>"
                + "<div hidden id='S:1'><p>" + P2 + "</p></div></body></html>";
        String body = body(html);
        assertThat(body.split("\n\n")).containsExactly(P1, P2, P3);
        assertThat(body).doesNotContain("Loading");
    }

    @Test
    void theRenderersScriptCallsSayWhichSegmentFillsWhichPlaceholder() throws Exception {
        String html = "<html><body><article><h2>What the engineers said</h2>"
                + "<!--$?--><template id='B:0'></template><p>Loading the story</p><!--/$--></article>"
                + "<div hidden id='S:5'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div hidden id='S:0'><p>A teaser nobody placed on this page.</p></div>"
                + "<script>$RC(\"B:0\",\"S:5\")</script></body></html>";
        String body = body(html);
        assertThat(body).contains(P1, P2, P3);
        assertThat(body).doesNotContain("Loading the story").doesNotContain("teaser nobody placed");
    }

    @Test
    void aHiddenBlockThatFillsNoPlaceholderStaysHidden() throws Exception {
        String html = "<html><body><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"
                + "<div hidden id='S:1'><p>Sign up for our morning letter and get the day's news before breakfast, "
                + "every weekday, free of charge.</p></div></body></html>";
        assertThat(body(html).split("\n\n")).containsExactly(P1, P2, P3);
    }

    @Test
    void aShortHeadingRightAfterAPlaceholderIsNoFallback() throws Exception {
        String html = "<html><body><article><template id='B:0'></template><h2>Gates tested twice</h2>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p></article>"
                + "<div hidden id='S:0'><p>" + P1 + "</p></div></body></html>";
        assertThat(body(html).split("\n\n")).containsExactly(P1, "Gates tested twice", P2, P3);
    }
}
