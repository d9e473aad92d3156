package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.articleBody;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/**
 * A line inside a story that only points at another story, its headline under a label ("Read more: ...",
 * "Related: ...", "See also: ..."), is furniture; a sentence that tells the reader more in the story's own words is
 * not. Invented pages.
 */
class LabelledStoryLinksTest {
    @Test
    void aLabelledHeadlineOfAnotherStoryGoes() throws Exception {
        for (String line : new String[] {"Read more: Council delays its vote on the harbour wall",
                "Related: Floods close the lower town's school for a week", "See also: The ferry's last winter",
                "Read next: How the valley paid for its new bridge", "Related stories: Orchard growers count the cost"}) {
            String body = articleBody(paragraphs(BodyExtractionTest.P1, line, BodyExtractionTest.P2));
            assertThat(body).as(line).doesNotContain(line).contains(BodyExtractionTest.P1, BodyExtractionTest.P2);
        }
    }

    @Test
    void aSentenceThatSaysWhereToReadMoreIsTheStorys() throws Exception {
        String line = "Read more about the barrier in the council's report, which runs to 400 pages.";
        String body = articleBody(paragraphs(BodyExtractionTest.P1, line, BodyExtractionTest.P2));
        assertThat(body).contains(line);
    }

    @Test
    void aLongLabelledParagraphIsNoHeadline() throws Exception {
        String line = "Related: the two fires that closed the mill last spring were set by the same man, police "
                + "said on Tuesday, after a search of his barn turned up cans of fuel.";
        String body = articleBody(paragraphs(BodyExtractionTest.P1, line, BodyExtractionTest.P2));
        assertThat(body).contains(line);
    }
}
