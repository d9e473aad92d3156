package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.body;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/**
 * A list of links the story announces with a colon is the story's own text; a teaser label's list and a list no
 * sentence announces stay furniture. Invented pages.
 */
class AnnouncedListsTest {
    private static final String[] GUIDE = {
        "The county library runs evening classes through the winter, and most of them are free to anyone who holds "
            + "a library card, whether they live in the county or only work there during the week.",
        "Classes meet once a week for eight weeks in the reading room on the first floor, and each one ends with a "
            + "short test, after which the library sends a certificate by post to those who passed it.",
    };
    private static final String[] AFTER = {
        "Places are given in the order the forms arrive, and a class that fills up early is usually offered again "
            + "in the spring, with the same teacher, on another evening of the week.",
    };

    private static String linked(String... items) {
        StringBuilder sb = new StringBuilder("<ul>");
        for (String i : items) sb.append("<li><a href='/classes/").append(i.hashCode()).append("'>").append(i)
                .append("</a></li>");
        return sb.append("</ul>").toString();
    }

    private static String page(String between) {
        return "<html><body><nav><a href='/'>Home</a> <a href='/classes'>Classes</a></nav><article>"
                + paragraphs(GUIDE) + between + paragraphs(AFTER) + "</article></body></html>";
    }

    @Test
    void aListOfLinkedItemsThatASentenceAnnouncesWithAColonIsReadWithTheStory() throws Exception {
        String html = page("<p>Here are some of the classes the library offers this winter:</p>"
                + linked("Bookkeeping for beginners", "Conversational Welsh", "Drawing from life", "Basic carpentry"));
        assertThat(body(html)).contains("Conversational Welsh", "Basic carpentry", AFTER[0]);
    }

    @Test
    void anAnnouncedListInABoxOfItsOwnIsReadWithTheStoryToo() throws Exception {
        String html = page("<p>Here are some of the classes the library offers this winter:</p><div class='classes'>"
                + linked("Bookkeeping for beginners", "Conversational Welsh", "Drawing from life", "Basic carpentry")
                + "</div>");
        assertThat(body(html)).contains("Conversational Welsh", "Basic carpentry", AFTER[0]);
    }

    @Test
    void aListOfLinksUnderATeaserLabelEndingInAColonStaysOut() throws Exception {
        String html = page("<p>Related stories:</p>" + linked("Library opens a second branch in the harbour town",
                "Council votes to keep the mobile library running", "Reading room to close for repairs in May"));
        assertThat(body(html)).contains(GUIDE[1], AFTER[0]).doesNotContain("mobile library", "harbour town");
    }

    @Test
    void aListOfBareLinksThatNoSentenceAnnouncesStaysOut() throws Exception {
        String html = page(linked("Library opens a second branch in the harbour town",
                "Council votes to keep the mobile library running", "Reading room to close for repairs in May"));
        assertThat(body(html)).contains(GUIDE[1], AFTER[0]).doesNotContain("mobile library", "harbour town");
    }
}
