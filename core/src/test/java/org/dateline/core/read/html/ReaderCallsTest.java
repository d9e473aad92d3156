package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.articleBody;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The calls to the reader that close a story ("Got a tip? Email us", "Listen on Spotify", "Join our forums"), on
 * invented pages: taken off the end, with their heading; a closing line of the story that tells of a newsletter, a
 * reported or quoted appeal, and a call in the middle of the story stay.
 */
class ReaderCallsTest {
    private static final String P1 = BodyExtractionTest.P1;
    private static final String P2 = BodyExtractionTest.P2;
    private static final String P3 = BodyExtractionTest.P3;

    private static String[] read(String... closing) throws Exception {
        List<String> ps = new ArrayList<>(List.of(P1, P2, P3));
        ps.addAll(List.of(closing));
        return articleBody(paragraphs(ps.toArray(String[]::new))).split("\n\n");
    }

    @Test
    void aClosingAskForTipsByEmailIsDropped() throws Exception {
        assertThat(read("Got a tip about the barrier? Send it to tips@valleypost.example."))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void aClosingCallToListenOnPodcastAppsIsDropped() throws Exception {
        assertThat(read("Listen to River Talk on Spotify, Apple Podcasts and wherever you get your shows."))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void aClosingLeadToMoreCoverageOnTheSiteIsDropped() throws Exception {
        assertThat(read("For more flood coverage, visit valleypost.news/floods"))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void aRunOfCallsIsDroppedWithTheHeadingOverIt() throws Exception {
        assertThat(read("Stay with the Valley Post", "Sign up for our morning newsletter to get the river levels first.",
                "Want to talk about the barrier with other readers? Join our forums."))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void aClosingParagraphThatTellsOfANewsletterStays() throws Exception {
        String last = "The authority said it would publish the gates' opening times in its monthly newsletter and on "
                + "its website from January, and send them to every household in the lower town.";
        assertThat(read(last)).containsExactly(P1, P2, P3, last);
    }

    @Test
    void aReportedAppealStays() throws Exception {
        String last = "Police asked anyone who saw the lorry hit the barrier to call them on 0100 555 0199 or to visit "
                + "the force's website.";
        assertThat(read(last)).containsExactly(P1, P2, P3, last);
    }

    @Test
    void aQuotedAppealStays() throws Exception {
        String last = "\u201cCome and see us at the weir on Saturday,\u201d the engineers said.";
        assertThat(read(last)).containsExactly(P1, P2, P3, last);
    }

    @Test
    void aClosingSentenceOnMoreThanADecadeIsNoLeadToMore() throws Exception {
        String last = "For more than a decade we have asked the authority to publish its flood maps, and this week it did.";
        assertThat(read(last)).containsExactly(P1, P2, P3, last);
    }

    @Test
    void aHowTosClosingAdviceStays() throws Exception {
        String last = "Start with a few sandbags and a pump, and buy more once you know what your cellar needs.";
        assertThat(read(last)).containsExactly(P1, P2, P3, last);
    }

    @Test
    void aCallWithTheStoryGoingOnAfterItStays() throws Exception {
        String call = "Got a question about the barrier? Our reporters will answer it here.";
        assertThat(articleBody(paragraphs(P1, P2, call, P3)).split("\n\n")).contains(call);
    }

    @Test
    void aQuestionToTheReaderNeedsItsQuestionMark() {
        assertThat(ReaderCalls.isCall("Want more stories like this? Subscribe to our newsletter.")).isTrue();
        assertThat(ReaderCalls.isCall("Ready or not, the new rules take effect in March, our analysis found.")).isFalse();
    }

    @Test
    void theCountryIsNoPointerAtTheReadersPublisher() {
        assertThat(ReaderCalls.isCall("Visit the US embassy in person to renew a passport.")).isFalse();
        assertThat(ReaderCalls.isCall("Visit us at the stand in hall 4.")).isTrue();
    }
}
