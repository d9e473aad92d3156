package org.dateline.core.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Who a page's text speaks as, on invented lines. */
class VoiceTest {
    private static final List<String> SERVICE = List.of(
            "Garden design for small spaces",
            "We plan, plant and look after courtyards, roof terraces and narrow town gardens, and our team stays with you.",
            "Why choose us",
            "Our designers have worked in the valley for twenty years and we know which plants survive its winters.",
            "Book a visit",
            "Tell us about your garden and we will call you back within two days with a first idea and a price.");

    private static final List<String> STORY = List.of(
            "The council approved the new garden scheme on Tuesday after a long debate in the town hall.",
            "\u201cWe have waited for this for years, and our street will finally have trees,\u201d said one resident.",
            "The plan covers twelve courtyards in the old quarter and will be paid for by a grant from the region.",
            "Work is due to begin in the spring, officials said, once the contractors have been chosen.");

    @Test
    void aBusinessPresentingItsServicesUnderShortHeadingsSpeaksAsItsOwner() {
        assertThat(Voice.ofItsOwner(SERVICE)).isTrue();
    }

    @Test
    void aStoryWhoseWeIsInsideAQuotationDoesNotSpeakAsItsOwner() {
        assertThat(Voice.oursShare(STORY)).isZero();
        assertThat(Voice.ofItsOwner(STORY)).isFalse();
    }

    @Test
    void theCountryWrittenUSIsNoFirstPersonPlural() {
        assertThat(Voice.oursShare(List.of("Exports to the US rose sharply last year."))).isZero();
        assertThat(Voice.oursShare(List.of("Write to us today."))).isGreaterThan(0);
    }

    @Test
    void weAndOurInLongParagraphsWithoutHeadingsAreAnEssayNotAServicePage() {
        List<String> essay = List.of(SERVICE.get(1), SERVICE.get(3), SERVICE.get(5));
        assertThat(Voice.oursShare(essay)).isGreaterThan(Voice.MIN_OURS);
        assertThat(Voice.ofItsOwner(essay)).isFalse();
    }
}
