package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.articleBody;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A story set one paragraph to a box keeps a paragraph that cites a long link; a box of a teaser or of links still
 * goes. Invented pages.
 */
class LoneParagraphsTest {
    private static final String[] STORY = {
        "The ferry between the two islands will run twice a day again from Monday, the harbour board said, after a "
            + "winter in which storms kept it in port for nine days in every month.",
        "Fishermen on the smaller island had asked for the second crossing at every meeting since the autumn, "
            + "saying that their catch spoiled on the quay while they waited for the one boat of the day.",
        "The board found the money for the crew's extra hours by selling the old pontoon, which had not been used "
            + "since the new landing stage opened.",
    };
    /** A paragraph of the story whose longest part is one link, to an earlier report. */
    private static final String CITING = "The crossing had been cut in November, and even the islanders who had "
            + "<a href='/news/ferry-cut'>petitioned the board to keep the morning boat running through the storms"
            + "</a> said they understood why.";

    private static String boxed(String... ps) {
        StringBuilder sb = new StringBuilder();
        for (String p : ps) sb.append("<div><p>").append(p).append("</p></div>");
        return sb.toString();
    }

    @Test
    void aBoxedParagraphThatCitesALongLinkStaysInTheStory() throws Exception {
        String body = articleBody(boxed(STORY[0], STORY[1], CITING, STORY[2]));
        assertThat(body).contains(STORY[0], STORY[2], "even the islanders who had petitioned the board");
    }

    @Test
    void aBoxedTeaserThatOpensWithItsLinkedHeadlineStillGoes() throws Exception {
        String teaser = "<a href='/news/bridge'>Bridge to the smaller island will close for repairs in spring</a> "
                + "The council says the works will take six weeks, and that the ferry will carry cars meanwhile.";
        String body = articleBody(boxed(STORY[0], STORY[1]) + "<div><p>" + teaser + "</p></div>"
                + boxed(STORY[2]));
        assertThat(body).contains(STORY[0], STORY[2]).doesNotContain("Bridge to the smaller island");
    }

    @Test
    void aBoxedLineMostlyOfLinksStillGoes() throws Exception {
        String links = "Read more: <a href='/a'>Ferry timetable for the winter months and the spring season</a> and "
                + "<a href='/b'>How the harbour board spends the money it raises from the quay fees.</a>";
        String body = articleBody(boxed(STORY[0], STORY[1]) + "<div><p>" + links + "</p></div>" + boxed(STORY[2]));
        assertThat(body).contains(STORY[0], STORY[2]).doesNotContain("Ferry timetable");
    }

    @Test
    void aParagraphOpensWithALinkWhenItsFirstWordsAreLinked() {
        Element linked = Jsoup.parse("<p><a href='/x'><b>Harbour</b> board</a> meets on Monday.</p>").selectFirst("p");
        Element plain = Jsoup.parse("<p>The <a href='/x'>harbour board</a> meets on Monday.</p>").selectFirst("p");
        assertThat(LoneParagraphs.opensWithLink(linked)).isTrue();
        assertThat(LoneParagraphs.opensWithLink(plain)).isFalse();
    }

    @Test
    void aSentenceEndsWithItsStopEvenInsideQuotesOrBrackets() {
        assertThat(LoneParagraphs.endsAsSentence("He said the boat would run.")).isTrue();
        assertThat(LoneParagraphs.endsAsSentence("\u201cIt will run again.\u201d")).isTrue();
        assertThat(LoneParagraphs.endsAsSentence("(See the timetable.)")).isTrue();
        assertThat(LoneParagraphs.endsAsSentence("Ferry timetable and fares")).isFalse();
    }
}
