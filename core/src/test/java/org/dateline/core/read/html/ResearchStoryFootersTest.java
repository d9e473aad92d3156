package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.articleBody;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/**
 * The footer of a research story names its sources for the reader and is not the story's text
 * ({@code furniture-lines.txt}): the paper behind it, the press office that sent it, the journal under its label, the
 * note on how to cite the page and its copyright small print, and the label over links to other research
 * stories. Invented pages; a story sentence that says where more information is stays.
 */
class ResearchStoryFootersTest {
    private static final String[] SNAILS = {
        "Garden snails find their way home after a night of feeding by following the slime trails they laid on the way "
            + "out, a team of zoologists reported on Tuesday, after tracking four hundred snails across a walled garden.",
        "The team marked each shell with a dot of paint and filmed the garden under red light, which the snails cannot "
            + "see, for three summers, then matched the paths the animals took out and back again.",
        "Most of the snails returned to within a hand's width of where they had set out, the zoologists wrote, and "
            + "those whose trails had been washed away by rain wandered for hours before settling somewhere new.",
    };

    @Test
    void thePaperThePressOfficeAndTheCitationUnderAResearchStoryAreItsFooter() throws Exception {
        String body = articleBody(paragraphs(SNAILS)
                + "<p>More information: Ann Example et al, Homing by slime trails in a garden snail, Journal of "
                + "Invented Zoology (2024). DOI: 10.0000/jiz.2024.0001</p>"
                + "<p>Journal information: Journal of Invented Zoology</p>"
                + "<p>Provided by the University of Nowhere</p>"
                + "<p>Citation: Garden snails follow their own slime home (2024, May 3) retrieved 4 May 2024 from "
                + "https://example.org/news/2024-05-snails.html</p>"
                + "<p>This document is subject to copyright. Apart from any fair dealing for the purpose of private "
                + "study or research, no part may be reproduced without the written permission.</p>"
                + "<div>Explore further</div>");
        assertThat(body.split("\n\n")).containsExactly(SNAILS);
    }

    @Test
    void aStorySentenceThatSaysWhereMoreInformationIsStays() throws Exception {
        String where = "More information about the survey, and how to report a marked snail found in your own "
                + "garden, is on the zoology department's website, the team said.";
        assertThat(articleBody(paragraphs(SNAILS[0], SNAILS[1], where, SNAILS[2]))).contains(where);
    }
}
