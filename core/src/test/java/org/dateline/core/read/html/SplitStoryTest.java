package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.body;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * A story the page cuts into several boxes made alike (the same tag and class), with a video, an advertisement or a
 * row of its own between them: every box of the story is read, and a box made alike that belongs to another story
 * (the next one of an endless page, a box further off past other text) is not.
 */
class SplitStoryTest {
    /** An invented story, shared with {@link RecirculationBoxesTest}. */
    static final String[] LEAD = {
        "The ferry between the two islands will run twice a day again from next week, after the harbour board agreed "
            + "to pay for the repairs to the landing stage that the winter storms had broken in February.",
        "Islanders had made the crossing by a small fishing boat since then, which took twice as long, could carry "
            + "no cars or cattle, and did not sail at all when the wind rose above a moderate breeze.",
    };
    static final String[] REST = {
        "The repairs will cost a little over two hundred thousand, of which the regional council pays half, and "
            + "the work was done by a firm from the mainland whose divers worked through the cold spring nights.",
        "The board said the timetable would be the one of last summer, with an early sailing for the schoolchildren "
            + "and the market traders, and a late one on Fridays for those who work away during the week.",
        "Shopkeepers on the smaller island said they had lost a good part of their trade since February, as visitors "
            + "would not risk a crossing in the fishing boat, and they hoped the summer would make up for it.",
    };
    private static final String[] NEXT = {
        "A new bakery opened on the harbour front of the larger island on Saturday, in the old net store that stood "
            + "empty for eleven years, and sold out of bread before noon on its first day of trading there.",
        "The baker, who learnt the trade in the city, said he would bake rye and wheat loaves every morning and "
            + "cakes at the weekend, and that he hoped to hire a second hand for the busy summer season.",
    };

    /** One run of the story's paragraphs in the box the publishing system makes for it. */
    private static String part(String... ps) {
        return "<section class='row'><div class='col'><div class='story-text'>" + paragraphs(ps)
                + "</div></div></section>";
    }

    private static final String VIDEO = "<section class='row media-row'><div class='col'><div class='player'>"
            + "<video src='ferry.mp4'></video></div></div></section>";

    @Test
    void aStoryCutInTwoBoxesMadeAlikeAroundAVideoIsReadWhole() throws Exception {
        String html = "<html><body><main><h1>Ferry to sail again</h1>" + part(REST) + VIDEO + part(LEAD)
                + "</main></body></html>";
        assertThat(body(html)).contains(LEAD[0], LEAD[1], REST[0], REST[2]);
    }

    @Test
    void aBoxMadeAlikeNextToTheChosenOneIsAPartAndOneFurtherOffPastOtherTextIsNot() {
        String note = "<ul class='list'><li>The harbour board meets on the first Monday of each month in the hall by "
                + "the church, and its minutes are posted on the notice board at the landing stage, where islanders "
                + "may also leave their questions for the board in the box beside the timetable, which the clerk "
                + "empties every Friday afternoon before the last ferry leaves.</li></ul>";
        Element body = Jsoup.parse("<html><body><main>" + part(REST) + VIDEO + part(LEAD) + note + part(NEXT)
                + "</main></body></html>").body();
        Elements boxes = body.select("div.story-text");
        List<Element> read = SplitStory.extend(body, List.of(boxes.get(0)), TextStats.of(body));
        assertThat(read).containsExactly(boxes.get(0), boxes.get(1));
    }

    @Test
    void aBoxMadeAlikeInAnotherArticleElementIsNotRead() throws Exception {
        String html = "<html><body><article><h1>Ferry to sail again</h1>" + part(LEAD) + part(REST)
                + "</article><article>" + part(NEXT) + "</article></body></html>";
        assertThat(body(html)).contains(LEAD[0], REST[2]).doesNotContain("bakery");
    }

    @Test
    void boxesWithoutAClassNameAreNoEvidenceOfOneStory() throws Exception {
        String html = "<html><body><main><h1>Ferry to sail again</h1><div class='story-body'><div>"
                + paragraphs(LEAD) + paragraphs(REST) + "</div></div><div class='bottom'><div>"
                + paragraphs(NEXT[0]) + "</div></div></main></body></html>";
        assertThat(body(html)).contains(LEAD[0], REST[2]).doesNotContain("bakery");
    }
}
