package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Business news tells the trades of firms with the verbs of politics (offer, agree, reject, seek, block): between
 * private parties they are no PLOVER events, while the same verbs with a state taking part stay events. Sentences
 * written for this test.
 */
class FirmsTradingTest {

    @Test
    void aFirmOfferingToBuyAnotherFirmsSharesIsATrade() {
        eventsOf("Halvorsen Shipping Inc. said it offered to buy the shares of Brightwater Ferries Corp. it does not already own.")
                .isEmpty();
    }

    @Test
    void aRejectedOfferPerShareIsATrade() {
        eventsOf("Last month, Corvane Systems rejected a $22-a-share offer from Pellman Partners, saying it was too low.")
                .noneMatch(e -> e.type() == EventType.REJECT);
    }

    /** A guard: these were not coded before either, and must not become events. */
    @Test
    void firmsAgreeingToSellAStakeOrSeekingFinancingAreTrades() {
        eventsOf("Marlowe Foods agreed to sell its frozen pizza business to Tavistock Brands for $210 million.")
                .noneMatch(e -> e.type() == EventType.AGREE);
        eventsOf("Kestrel Airlines said it is seeking new financing from its bondholders.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    /** A guard: not coded before either. */
    @Test
    void aLawsuitToBlockATenderOfferIsATrade() {
        eventsOf("Ardent Optics filed a lawsuit in Delaware to block a tender offer by Fenwick Capital.").isEmpty();
    }

    /** A guard: a state selling arms is trade between states, coded as before. */
    @Test
    void aStateAgreeingToSellWeaponsIsStillAnEvent() {
        eventsOf("Russia agreed to sell fighter jets to India on Tuesday.").isNotEmpty();
    }

    /** A guard: a government turning down a firm's bid is a public act. */
    @Test
    void aGovernmentRejectingAFirmsBidIsStillAnEvent() {
        eventsOf("The German government rejected the takeover bid by Castellan Steel.")
                .anyMatch(e -> e.type() == EventType.REJECT);
    }

    /** A guard: firms' acts with no thing of the market in them are left as they were. */
    @Test
    void aFirmAccusingAMinisterIsStillAnEvent() {
        eventsOf("Halvorsen Shipping accused the Norwegian foreign minister of lying about the ferry disaster.")
                .anyMatch(e -> e.type() == EventType.ACCUSE);
    }

    /** A guard: what an allegation says is a charge, whatever market it is about. */
    @Test
    void anAllegationThatSomeoneInflatedASharePriceIsStillAnAccusation() {
        eventsOf("The Ontario Securities Commission alleged that Mr. Varga inflated the share price of Tellwood Mining to sell his stake.")
                .anyMatch(e -> e.type() == EventType.ACCUSE);
    }
}
