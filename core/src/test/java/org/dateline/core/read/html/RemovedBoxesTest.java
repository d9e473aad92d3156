package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.articleBody;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The cleaner judges the blocks of a story innermost first: a block whose box of links went already is judged on
 * what it still holds, its own prose, not on the links it no longer has. Invented pages.
 */
class RemovedBoxesTest {
    private static final String[] STORY = {
        "The county's mobile library, a converted bus with four thousand books on its shelves, will visit the hill "
            + "villages every second Tuesday from next month, after a winter in which its route was cut to the towns.",
        "Its driver, who has run the route for eleven years, said the villages had asked for the bus back at every "
            + "parish meeting, and that older readers without a car had been the hardest hit by the winter timetable.",
        "The council found the money for the extra fuel and hours by sharing the bus's garage with the school "
            + "transport service, which had spare room since two of its routes were merged in the autumn.",
    };
    /** A short paragraph of the story's own, with no commas to speak of, set in a box beside a list of links. */
    private static final String ASIDE = "Readers may also order books online and collect them at the bus stop.";

    private static String relatedLinks() {
        return "<ul><li><a href='/news/1'>Library opening hours over the holiday weekend are changing again</a></li>"
                + "<li><a href='/news/2'>The reading club for children returns to the town hall in spring</a></li>"
                + "<li><a href='/news/3'>New book drop points open at three village shops across the county</a></li>"
                + "</ul>";
    }

    @Test
    void aBoxWhoseLinkListWentIsJudgedOnTheProseItKeeps() throws Exception {
        String story = paragraphs(STORY[0], STORY[1]) + "<div><p>" + ASIDE + "</p>" + relatedLinks() + "</div>"
                + paragraphs(STORY[2]);
        String body = articleBody(story);
        assertThat(body).contains(STORY[0], STORY[2], ASIDE).doesNotContain("reading club");
    }

    @Test
    void aBoxOfLinksWithNoProseOfItsOwnStillGoes() throws Exception {
        String story = paragraphs(STORY[0], STORY[1]) + "<div><h3>More news</h3>" + relatedLinks() + "</div>"
                + paragraphs(STORY[2]);
        assertThat(articleBody(story)).contains(STORY[0], STORY[2]).doesNotContain("More news", "reading club");
    }

    @Test
    void aRemovedBlockIsTakenOffTheLengthsOfEveryBlockAroundIt() {
        Document doc = Jsoup.parse("<div id='outer'><p>Twelve chars</p><div id='inner'><a href='/x'>linked text"
                + "</a></div></div>");
        Element outer = doc.getElementById("outer");
        TextStats stats = TextStats.of(doc.body());
        assertThat(stats.linkDensity(outer)).isGreaterThan(0.4);
        stats.discount(doc.getElementById("inner"));
        assertThat(stats.linkDensity(outer)).isZero();
        assertThat(stats.textLength(outer)).isEqualTo(stats.textLength(doc.selectFirst("p")));
        assertThat(stats.textLength(doc.body())).isEqualTo(stats.textLength(outer));
    }
}
