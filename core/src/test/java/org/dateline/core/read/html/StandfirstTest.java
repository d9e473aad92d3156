package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.body;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/**
 * The standfirst a publishing system sets under the headline, in the page's header rather than in the story's body,
 * is the story's first paragraph; a caption under the lead art, a byline and a text the story already opens with are
 * not. Invented pages.
 */
class StandfirstTest {
    private static final String HEADLINE = "Ferry service to the islands will run all winter";
    private static final String STANDFIRST = "The harbour board says a second boat and a new timetable will keep "
            + "the crossing open through the storms that closed it for weeks last year.";
    private static final String[] STORY = {
        "The ferry between the harbour and the three outer islands will run every day this winter for the first "
            + "time, the harbour board said on Thursday, after buying a second, heavier boat from a yard in the north.",
        "Islanders have long complained that the crossing closes for days at a time once the autumn gales begin, "
            + "leaving shops without bread and pupils stuck on the mainland after school on a Friday afternoon.",
        "The new timetable keeps the morning and evening sailings and adds a midday run on Saturdays, which the board "
            + "said would let families from the islands shop in town and be home again before dark.",
    };

    private static String page(String header) {
        return "<html><body><header><h1>" + HEADLINE + "</h1>" + header + "</header>"
                + "<div class=\"story-body\">" + paragraphs(STORY) + "</div></body></html>";
    }

    @Test
    void theStandfirstUnderTheHeadlineOpensTheStory() throws Exception {
        String body = body(page("<div class=\"byline\">By Ann Example</div><p class=\"summary\">" + STANDFIRST
                + "</p><div>5 min read</div>"));
        assertThat(body.split("\n\n")).containsExactly(STANDFIRST, STORY[0], STORY[1], STORY[2]);
    }

    @Test
    void aCaptionUnderTheLeadArtIsNoStandfirst() throws Exception {
        String caption = "The second ferry, bought from a yard in the north, waits at the harbour wall on a calm "
                + "morning before its first crossing to the islands.";
        String body = body(page("<img src=\"ferry.jpg\" alt=\"\"><p>" + caption + "</p>"));
        assertThat(body.split("\n\n")).containsExactly(STORY);
    }

    @Test
    void aStoryThatOpensWithItsStandfirstReadsItOnce() throws Exception {
        String body = body("<html><body><h1>" + HEADLINE + "</h1><div class=\"story-body\">"
                + paragraphs(STANDFIRST, STORY[0], STORY[1], STORY[2]) + "</div></body></html>");
        assertThat(body.split("\n\n")).containsExactly(STANDFIRST, STORY[0], STORY[1], STORY[2]);
    }

    @Test
    void aLinkedTeaserUnderTheHeadlineIsNoStandfirst() throws Exception {
        String body = body(page("<p><a href=\"/other\">Read how the old ferry broke down twice in one week "
                + "during the storms of last winter</a></p>"));
        assertThat(body.split("\n\n")).containsExactly(STORY);
    }
}
