package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.body;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/** A "recirculation" box (other stories set in a story to keep the reader on the site) is no story text. */
class RecirculationBoxesTest {
    private static final String[] LEAD = {
        "The ferry between the two islands will run twice a day again from next week, after the harbour board agreed "
            + "to pay for the repairs to the landing stage that the winter storms had broken in February.",
        "Islanders had made the crossing by a small fishing boat since then, which took twice as long, could carry "
            + "no cars or cattle, and did not sail at all when the wind rose above a moderate breeze.",
    };
    private static final String[] REST = {
        "The repairs will cost a little over two hundred thousand, of which the regional council pays half, and "
            + "the work was done by a firm from the mainland whose divers worked through the cold spring nights.",
        "The board said the timetable would be the one of last summer, with an early sailing for the schoolchildren "
            + "and the market traders, and a late one on Fridays for those who work away during the week.",
    };

    @Test
    void aBoxOfOtherStoriesSetInsideTheStoryIsNotRead() throws Exception {
        String html = "<html><body><article><h1>Ferry to sail again</h1>" + paragraphs(LEAD)
                + "<div class='recirc-box'><h3>More from the islands</h3><p><a href='/bakery'>Bakery "
                + "opens</a> in the old net store on the harbour front, with rye loaves every morning.</p></div>"
                + paragraphs(REST) + "</article></body></html>";
        assertThat(body(html)).contains(LEAD[1], REST[0]).doesNotContain("More from the islands", "net store");
    }
}
