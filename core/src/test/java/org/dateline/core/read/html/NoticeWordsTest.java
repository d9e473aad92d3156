package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.articleBody;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/**
 * Short paragraphs with a notice word ("newsletter", "cookies", "browser"): a notice to the reader, unless the word
 * is what the story itself is about. On invented pages.
 */
class NoticeWordsTest {
    private static final String[] BAKING = {
        "These cookies are the ones my grandmother baked every winter, with brown butter, a pinch of sea salt and "
            + "chunks of dark chocolate that melt into small pools as the trays come out of the oven.",
        "The dough has to rest in the cold for at least a night, since cookies made from a warm dough spread into "
            + "thin, greasy discs, while a rested one keeps its shape and browns evenly at the edges.",
        "Use a heavy tray lined with paper, leave a good hand's width between the balls of dough, and turn the tray "
            + "halfway through, as most home ovens are hotter at the back than at the door.",
    };

    @Test
    void aShortLineOnTheStorysOwnSubjectIsKeptThoughItUsesANoticeWord() throws Exception {
        String body = articleBody(paragraphs(BAKING[0], BAKING[1]) + "<h2>Freezing the cookies</h2>"
                + paragraphs("Baked cookies keep for a month in the freezer.", BAKING[2]));
        assertThat(body).contains("Freezing the cookies", "Baked cookies keep for a month in the freezer.");
    }

    @Test
    void aSiteNoticeInTheSameStoryStillGoes() throws Exception {
        String body = articleBody(paragraphs(BAKING[0], BAKING[1], BAKING[2])
                + "<p>Sign up for our newsletter and get a new recipe every Sunday.</p>"
                + "<p>We use cookies to improve your experience of this site.</p>");
        assertThat(body.split("\n\n")).containsExactly(BAKING);
    }

    @Test
    void aNoticeWordOnlyOneLongParagraphUsesIsNoSubject() throws Exception {
        String mention = "The recipe first went out in the bakery's newsletter, which the owners have written by hand "
                + "and posted to their regular customers every month since the shop opened in the old mill.";
        String body = articleBody(paragraphs(BAKING[0], mention, BAKING[1])
                + "<p>Get the newsletter in your inbox.</p>" + paragraphs(BAKING[2]));
        assertThat(body).contains(mention).doesNotContain("Get the newsletter");
    }

    @Test
    void theSmallPrintAndFormMessagesOfANewsletterBoxGoFromTheStory() throws Exception {
        String body = articleBody(paragraphs(BAKING[0], BAKING[1])
                + "<p>Discover seasonal recipes, special offers, kitchen tips, and more.</p>"
                + "<p>This newsletter may include offers from partners. Subscribing to the newsletter indicates your "
                + "agreement to our terms and to the way we handle your data, and you can unsubscribe from it at any "
                + "time from the link at the bottom of every issue.</p>"
                + "<p>We are having trouble saving your preferences right now. Please reload the page and choose your "
                + "newsletters once more, or write to the help desk.</p>" + paragraphs(BAKING[2]));
        assertThat(body.split("\n\n")).containsExactly(BAKING);
    }

    @Test
    void aStorySentenceAboutUnsubscribingIsNoSmallPrint() throws Exception {
        String told = "Readers who had complained for months that they could not unsubscribe from the bakery's mailings "
                + "said the owners finally fixed the link in March.";
        String body = articleBody(paragraphs(BAKING[0], told, BAKING[1]));
        assertThat(body).contains(told);
    }
}
