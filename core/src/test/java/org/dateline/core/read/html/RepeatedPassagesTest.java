package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.read.html.InventedPages.body;
import static org.dateline.core.read.html.InventedPages.paragraphs;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A passage of several paragraphs that the page says twice is read once; a sentence or a short run said again (a
 * refrain, fine print under every offer) stays each time. Invented pages and paragraphs.
 */
class RepeatedPassagesTest {
    private static final String[] STORY = {
        "The ferry between the two islands will run twice a day again from March, the harbour board said on "
            + "Tuesday, after a winter in which storms kept the old boat in port for almost three weeks.",
        "A second-hand vessel bought from a company on the mainland will take over the crossing, and the board "
            + "expects it to cope with the swell that stopped the old ferry so often in January.",
        "Islanders who work in the town had asked for the morning sailing back, saying the afternoon boat alone "
            + "made a day's work impossible for anyone without a place to stay on the mainland.",
        "The board will hold a meeting in the village hall next month to hear what else people want changed.",
    };

    @Test
    void aStoryThePageWritesTwiceIsReadOnce() throws Exception {
        String html = "<html><body><article><div class='story-wide'>" + paragraphs(STORY) + "</div>"
                + "<div class='story-narrow'>" + paragraphs(STORY) + "</div></article></body></html>";
        String body = body(html);
        assertThat(body).contains("second-hand vessel");
        assertThat(body.split("second-hand vessel", -1)).hasSize(2);
    }

    @Test
    void aRunOfParagraphsRepeatedInOrderIsDroppedAndTheRestKept() {
        List<String> ps = List.of("Intro words that open the page and say what it is about in a short way.",
                STORY[0], STORY[1], STORY[2], "A closing note that only appears once on the page.",
                STORY[0], STORY[1], STORY[2]);
        assertThat(RepeatedPassages.dropRepeats(ps)).containsExactly(ps.get(0), STORY[0], STORY[1], STORY[2],
                ps.get(4));
    }

    @Test
    void aRefrainSaidAfterEveryVerseStays() {
        String refrain = "And still the river runs down to the sea, past the mill and the church and the bridge.";
        List<String> ps = List.of(STORY[0], refrain, STORY[1], refrain, STORY[2], refrain);
        assertThat(RepeatedPassages.dropRepeats(ps)).isEqualTo(ps);
    }

    @Test
    void fineGivenUnderEveryOfferStaysWithEachOffer() {
        String terms = "Offer valid for new bookings only; taxes and fees are extra.";
        String refunds = "No refunds once the booking is confirmed.";
        List<String> ps = List.of("Two nights by the lake with breakfast for two.", terms, refunds,
                "Three nights in the hills with a guided walk.", terms, refunds);
        assertThat(RepeatedPassages.dropRepeats(ps)).isEqualTo(ps);
    }

    @Test
    void aBlockHiddenByThePageBuildersConditionalClassIsNoText() throws Exception {
        String html = "<html><body><article>" + paragraphs(STORY) + "<div class='gated w-condition-invisible'>"
                + paragraphs("Subscribers can read the full guide to the timetable, with every stop and fare listed "
                        + "for each month of the year and the numbers to call when a sailing is cancelled.")
                + "</div></article></body></html>";
        assertThat(body(html)).contains("second-hand vessel").doesNotContain("Subscribers can read");
    }
}
