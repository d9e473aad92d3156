package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An offer or a promise told as not made ("has not made any offer", "did not offer a ceasefire") is an act that did
 * not happen, not a refusal: no rejection and no offer is coded. A refused intention ("will not offer") and a refused
 * offer of the other side ("will not accept the offer") stay rejections, and an offer made stays an offer.
 * Sentences written for this test.
 */
class UnmadeOffersTest {

    @Test
    void anOfferNotMadeInThePerfectIsNoRejection() {
        eventsOf("Egypt has not made any serious offer to Hamas to free the hostages, the official said.")
                .noneMatch(e -> e.type() == EventType.REJECT || e.type() == EventType.AGREE);
    }

    @Test
    void anOfferNeverMadeInThePastIsNoRejection() {
        eventsOf("Turkey never offered help to Greece after the floods.")
                .noneMatch(e -> e.type() == EventType.REJECT || e.type() == EventType.AGREE);
    }

    @Test
    void anOfferTheSpeakerWillNotMakeIsARejection() {
        eventsOf("Turkey will not offer help to Greece, the minister said on Monday.")
                .anyMatch(e -> e.type() == EventType.REJECT);
    }

    @Test
    void anOfferOfTheOtherSideNotToBeAcceptedIsARejection() {
        eventsOf("Iran will not accept the offer of Qatar.")
                .anyMatch(e -> e.type() == EventType.REJECT);
    }

    @Test
    void anOfferMadeIsAnOffer() {
        eventsOf("Egypt made an offer to Hamas on Monday to free the hostages.")
                .anyMatch(e -> e.type() == EventType.AGREE);
    }
}
