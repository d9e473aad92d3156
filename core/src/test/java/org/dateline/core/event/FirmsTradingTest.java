package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Business news tells the trades of firms with the verbs of politics (offer, agree, reject, seek, block): between
 * private parties they are no PLOVER events, while the same verbs with a state taking part stay events. Sentences
 * written for this test.
 */
class FirmsTradingTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void aFirmOfferingToBuyAnotherFirmsSharesIsATrade() {
        List<Event> es = code("Halvorsen Shipping Inc. said it offered to buy the shares of Brightwater Ferries Corp. it does not already own.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test
    void aRejectedOfferPerShareIsATrade() {
        List<Event> es = code("Last month, Corvane Systems rejected a $22-a-share offer from Pellman Partners, saying it was too low.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REJECT);
    }

    /** A guard: these were not coded before either, and must not become events. */
    @Test
    void firmsAgreeingToSellAStakeOrSeekingFinancingAreTrades() {
        List<Event> es = code("Marlowe Foods agreed to sell its frozen pizza business to Tavistock Brands for $210 million.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AGREE);
        es = code("Kestrel Airlines said it is seeking new financing from its bondholders.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.REQUEST);
    }

    /** A guard: not coded before either. */
    @Test
    void aLawsuitToBlockATenderOfferIsATrade() {
        List<Event> es = code("Ardent Optics filed a lawsuit in Delaware to block a tender offer by Fenwick Capital.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
    }

    /** A guard: a state selling arms is trade between states, coded as before. */
    @Test
    void aStateAgreeingToSellWeaponsIsStillAnEvent() {
        List<Event> es = code("Russia agreed to sell fighter jets to India on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).isNotEmpty();
    }

    /** A guard: a government turning down a firm's bid is a public act. */
    @Test
    void aGovernmentRejectingAFirmsBidIsStillAnEvent() {
        List<Event> es = code("The German government rejected the takeover bid by Castellan Steel.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REJECT);
    }

    /** A guard: firms' acts with no thing of the market in them are left as they were. */
    @Test
    void aFirmAccusingAMinisterIsStillAnEvent() {
        List<Event> es = code("Halvorsen Shipping accused the Norwegian foreign minister of lying about the ferry disaster.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE);
    }

    /** A guard: what an allegation says is a charge, whatever market it is about. */
    @Test
    void anAllegationThatSomeoneInflatedASharePriceIsStillAnAccusation() {
        List<Event> es = code("The Ontario Securities Commission alleged that Mr. Varga inflated the share price of Tellwood Mining to sell his stake.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE);
    }
}
