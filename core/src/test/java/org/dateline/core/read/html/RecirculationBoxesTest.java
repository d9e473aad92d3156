package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.body;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/** A "recirculation" box (other stories set in a story to keep the reader on the site) is no story text. */
class RecirculationBoxesTest {
    private static final String[] LEAD = SplitStoryTest.LEAD;
    private static final String[] REST = SplitStoryTest.REST;

    @Test
    void aBoxOfOtherStoriesSetInsideTheStoryIsNotRead() throws Exception {
        String html = "<html><body><article><h1>Ferry to sail again</h1>" + paragraphs(LEAD)
                + "<div class='recirc-box'><h3>More from the islands</h3><p><a href='/bakery'>Bakery "
                + "opens</a> in the old net store on the harbour front, with rye loaves every morning.</p></div>"
                + paragraphs(REST) + "</article></body></html>";
        assertThat(body(html)).contains(LEAD[1], REST[0]).doesNotContain("More from the islands", "net store");
    }
}
