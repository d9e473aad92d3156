package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.articleBody;
import static org.dateline.core.read.html.InventedPages.body;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/**
 * What a sign-up or comment form, a contents box and a box of trending teasers leave inside the story container:
 * none of it is the story. Invented pages.
 */
class FormRemnantsTest {
    private static final String[] FERRY = {
        "The island's only ferry will sail twice a day through the winter, the harbour board said on Tuesday, after "
            + "a season in which storms kept the boat in port for eleven days and the school ran its lessons online.",
        "The board had weighed a single daily crossing to save fuel, but parents and the two shops on the island "
            + "argued that one sailing would leave children and deliveries stranded whenever the weather turned.",
        "A second, smaller boat will stand by at the mainland pier from December, so that the crossing can go ahead "
            + "when the ferry is in the yard for repairs, as it was for most of last February.",
    };

    @Test
    void theSmallPrintOfASignUpBoxGoesHoweverLongItsTermsRun() throws Exception {
        String body = articleBody(paragraphs(FERRY[0], FERRY[1])
                + "<p>By signing up, you agree to receive recurring automated text messages from the Harbour Post at "
                + "the number provided. Message and data rates may apply. Up to two messages a day. Reply STOP to "
                + "cancel, HELP for help. Agreeing is not a condition of any purchase. See our terms of use.</p>"
                + paragraphs(FERRY[2]));
        assertThat(body.split("\n\n")).containsExactly(FERRY);
    }

    @Test
    void aStorySentenceOnWhatSigningUpMeansStays() throws Exception {
        String terms = "By signing up for the winter pass, islanders will pay half the fare, the board said, and the "
                + "pass can be bought at the post office until the end of October.";
        String body = articleBody(paragraphs(FERRY[0], terms, FERRY[1]));
        assertThat(body).contains(terms);
    }

    @Test
    void theFieldLabelsAndMessagesOfAFormWhoseFieldsAreGoneGo() throws Exception {
        String body = articleBody(paragraphs(FERRY[0], FERRY[1], FERRY[2])
                + "<div class='leave-a-note'><div>Your Name</div><div>Your Email *</div><div>Your Comment</div>"
                + "<div>Thank you! Your submission has been received!</div>"
                + "<div>Oops! Something went wrong while submitting the form.</div></div>");
        assertThat(body.split("\n\n")).containsExactly(FERRY);
    }

    @Test
    void theHeadingOfAContentsBoxAndTheReadingTimeGo() throws Exception {
        String body = articleBody("<div>Estimated reading time: 4 minutes</div><h2>Table of Contents</h2>"
                + paragraphs(FERRY));
        assertThat(body.split("\n\n")).containsExactly(FERRY);
    }

    @Test
    void teasersUnderATrendingInASectionHeadingStayOutOfTheStory() throws Exception {
        String teasers = "<div class='w-full'><p>Trending stories in island life</p><div class='flex'>"
                + card("/a", "Lighthouse keeper retires", "After forty winters on the rock, the last keeper hands "
                        + "the light over to the automatic lamp and moves to the village.")
                + card("/b", "A bakery in the harbour house", "The old harbour master's house has a bakery now, "
                        + "and its first loaves sold out before nine in the morning.")
                + card("/c", "Seal pups on the north beach", "Volunteers counted more pups on the north beach this "
                        + "autumn than in any year since the count began.")
                + "</div></div>";
        String html = "<html><body><article>" + paragraphs(FERRY) + teasers + "</article></body></html>";
        assertThat(body(html)).contains(FERRY[2]).doesNotContain("automatic lamp", "first loaves", "Volunteers counted");
    }

    private static String card(String href, String title, String excerpt) {
        return "<div><div><a href='" + href + "'>" + title + "</a></div><p>" + excerpt + "</p></div>";
    }
}
