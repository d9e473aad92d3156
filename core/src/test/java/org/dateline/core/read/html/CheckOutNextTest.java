package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.articleBody;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import org.junit.jupiter.api.Test;

/**
 * A list of other posts under "Check out next:", each a sentence with its link, is no part of the post's text, for
 * all the words its items tell outside their links. Invented pages.
 */
class CheckOutNextTest {
    private static final String[] POST = {
        "Pruning an apple tree in late winter, while it is still bare, lets you see the shape of the crown and cut "
            + "out the crossing branches before the sap rises and the buds begin to swell in the spring.",
        "Start with the dead and damaged wood, then the branches that grow inward, and stop when you have taken out "
            + "about a fifth of the crown, since a harder cut makes the tree throw up a thicket of water shoots.",
    };

    @Test
    void aListOfOtherPostsUnderCheckOutNextIsNotTheStorysOwn() throws Exception {
        String next = "<p><strong>Check out next:</strong></p><ul><li>Stone fruit is cut at another season: read "
                + "<a href='/plums'>when to prune a plum tree</a>, and why the summer is the safer time for it.</li>"
                + "<li>A pear grown flat against a sunny wall needs a firm hand every year: see "
                + "<a href='/pears'>training a pear</a> for the ties and the cuts it takes.</li></ul>";
        String body = articleBody(paragraphs(POST[0], POST[1]) + next);
        assertThat(body).contains(POST[0], POST[1]).doesNotContain("Stone fruit", "sunny wall");
    }
}
