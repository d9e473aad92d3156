package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.body;

import org.junit.jupiter.api.Test;

/**
 * Story paragraphs a paywalled site marks for its subscribers are the story; a disclosure that runs on into the
 * site's terms is a notice, long as it is. On invented pages.
 */
class PaywallAndNoticeTest {
    private static final String[] HARBOUR = {
        "The harbour board voted on Tuesday to rebuild the north pier, which storms have battered for three winters "
            + "and which the ferry company says it can no longer use safely at low tide.",
        "Work will start in the spring and last two years, the board said, while ferries land at the old fish quay "
            + "and the town runs a shuttle bus from there to the station every half hour.",
        "Shopkeepers on the front welcomed the vote but asked that the builders keep the promenade open through the "
            + "summer, when most of their trade comes from day visitors off the morning boats.",
    };

    private static String p(String text) { return "<p>" + text + "</p>"; }

    @Test
    void paragraphsMarkedForSubscribersAreTheStory() throws Exception {
        String body = body("<html><body><article><h1>Pier to be rebuilt</h1><div class=\"asset-body\">"
                + "<div class=\"subscriber-preview\">" + p(HARBOUR[0]) + "</div>"
                + "<div class=\"subscriber-only\">" + p(HARBOUR[1]) + "</div>"
                + "<div class=\"subscriber-only\">" + p(HARBOUR[2]) + "</div>"
                + "<div class=\"subscribe-box\"><p>Subscribe today for full access to local news.</p></div>"
                + "</div></article></body></html>");
        assertThat(body.split("\n\n")).containsExactly(HARBOUR);
    }

    @Test
    void aDisclosureRunningOnIntoTheSitesTermsIsANotice() throws Exception {
        String disclosure = "If you buy a product through a link on our site, we may earn a commission. By using this "
                + "site, you agree to our terms of use and accept that your visits, clicks and choices may be recorded "
                + "and stored by us and by our partners as our privacy policy describes, for as long as it allows, "
                + "and in every country where those partners keep their servers.";
        String body = body("<html><body><article>" + p(HARBOUR[0]) + p(HARBOUR[1]) + p(disclosure) + p(HARBOUR[2])
                + "</article></body></html>");
        assertThat(body.split("\n\n")).containsExactly(HARBOUR);
    }

    @Test
    void aStoryParagraphAboutCommissionsIsKept() throws Exception {
        String story = "The board will pay the builders a commission of two per cent on every contract they let to "
                + "local firms. If the work runs late, the contract says, the builders pay the town a fixed sum for "
                + "every week lost, and the board may end the contract after six months of delay.";
        String body = body("<html><body><article>" + p(HARBOUR[0]) + p(story) + p(HARBOUR[1]) + p(HARBOUR[2])
                + "</article></body></html>");
        assertThat(body).contains(story);
    }

    @Test
    void aModalBoxOverThePageIsNotItsStoryThoughItSaysMoreThanTheStory() throws Exception {
        StringBuilder centre = new StringBuilder("<div class=\"privacy-centre\"><div role=\"dialog\" aria-modal=\"true\">");
        String[] kinds = {"Measurement", "Preference", "Advertising", "Essential", "Social media"};
        for (String kind : kinds) {
            centre.append("<h3>").append(kind).append(" cookies</h3>").append(p(kind + " cookies let the site and its "
                    + "partners remember what you did on earlier visits, count how often pages are read, and decide, "
                    + "with your agreement, what to show you on this and other sites."));
        }
        String body = body("<html><body>" + centre.append("</div></div>") + "<main><h1>Pier to be rebuilt</h1>"
                + p(HARBOUR[0]) + p(HARBOUR[1]) + p(HARBOUR[2]) + "</main></body></html>");
        assertThat(body.split("\n\n")).containsExactly(HARBOUR);
    }

    @Test
    void aStoryShownOnlyInAModalReaderIsStillFound() throws Exception {
        String body = body("<html><body><div role=\"dialog\" aria-modal=\"true\" class=\"reader\">"
                + "<h1>Pier to be rebuilt</h1>" + p(HARBOUR[0]) + p(HARBOUR[1]) + p(HARBOUR[2])
                + "</div></body></html>");
        assertThat(body).contains(HARBOUR[0], HARBOUR[2]);
    }

    @Test
    void aDisclosureThatSaysWhenYouBuyBeforeTheCommissionIsANotice() throws Exception {
        String disclosure = "Every product on this page was chosen by our editors. However, when you buy something "
                + "through our links, we may earn an affiliate commission.";
        String body = body("<html><body><article>" + p(disclosure) + p(HARBOUR[0]) + p(HARBOUR[1]) + p(HARBOUR[2])
                + "</article></body></html>");
        assertThat(body.split("\n\n")).containsExactly(HARBOUR);
    }
}
