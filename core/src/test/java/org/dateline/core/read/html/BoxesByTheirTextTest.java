package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.articleBody;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/**
 * Boxes a page keeps inside the story container under no telling class name, known by their text alone
 * ({@code furniture-lines.txt}): contact footers, sponsor lines and podcast credits. Invented pages; each category
 * also has a story sentence of its kind that stays.
 */
class BoxesByTheirTextTest {
    private static final String[] GARDEN = {
        "The community garden on Mill Lane will open a second plot in the spring, the allotment society said on "
            + "Monday, after a waiting list of more than sixty families built up over the last two summers.",
        "The new plot sits on land the council leased to the society for ten years, and volunteers will spend the "
            + "winter clearing brambles and laying the paths between the beds before the first seeds go in.",
        "Families on the list will be offered beds in the order they signed up, and the society plans to keep two "
            + "raised beds for the primary school next door, whose pupils already grow beans on the old plot.",
    };

    @Test
    void aTelephoneNumberUnderItsLabelIsAContactFooter() throws Exception {
        String body = articleBody(paragraphs(GARDEN) + "<div><div>Phone: (555) 010-2000</div>"
                + "<div>Fax: +44 20 7946 0000</div></div>");
        assertThat(body.split("\n\n")).containsExactly(GARDEN);
    }

    @Test
    void aStorySentenceThatGivesANumberStays() throws Exception {
        String appeal = "Anyone who saw the shed fire on Mill Lane may call the society on 555 0100, its chair said, "
                + "as police look for two people seen near the gate late on Saturday.";
        assertThat(articleBody(paragraphs(GARDEN[0], appeal, GARDEN[1]))).contains(appeal);
    }

    @Test
    void aBareSponsorLineAndABrandTeamsNoteAreSponsorLines() throws Exception {
        String body = articleBody("<div>In partnership with</div><div>Sponsored by Greenway Tools</div>"
                + paragraphs(GARDEN)
                + "<p>This story was developed with Greenway Tools by the Courier's branded content team.</p>");
        assertThat(body.split("\n\n")).containsExactly(GARDEN);
    }

    @Test
    void aStorySentenceThatNamesASponsorStays() throws Exception {
        String sponsor = "The new beds are sponsored by a hardware shop on the high street, which gave the society "
                + "its tools, two wheelbarrows and a shed for the winter.";
        assertThat(articleBody(paragraphs(GARDEN[0], sponsor, GARDEN[1]))).contains(sponsor);
    }

    @Test
    void aPodcastsPlayerLinksCreditsAndAppealsArePodcastCredits() throws Exception {
        String body = articleBody(
                "<div>Podcast: Play in new window | Download (Duration: 21:04 — 19.3MB) | Embed</div>"
                + "<div>Subscribe: Apple Podcasts | Spotify | RSS</div>"
                + paragraphs(GARDEN)
                + "<div>This podcast is a production of the Mill Lane Allotment Society.</div>"
                + "<div>Help us spread the word about this podcast!</div>"
                + "<div>If you enjoyed the episode, please leave a review and a rating wherever you listen.</div>"
                + "<div>Email questions for future episodes to the society's secretary.</div>");
        assertThat(body.split("\n\n")).containsExactly(GARDEN);
    }

    @Test
    void aStorySentenceAboutAPodcastStays() throws Exception {
        String show = "The society's own podcast, recorded in the potting shed, has run for three years, and its "
                + "hosts said this week's episode would be about saving seed from the old plot.";
        assertThat(articleBody(paragraphs(GARDEN[0], show, GARDEN[1]))).contains(show);
    }
}
