package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A hostile act the speaker says it will do if another side does something (or unless it does) is a threat; the same
 * condition on an act of goodwill is an offer, and the hostile act with no condition a plan. Revenge vowed on someone,
 * and supplies shut off to a place, are named by their object. Sentences written for this test.
 */
class ConditionalThreatsTest {

    @Test
    void aHostileActHungOnWhatTheOtherSideDoesIsAThreat() {
        eventsOf("The foreign ministry of Iran notified Iraq that it would seize the trucks unless Iraq pays the fees by Friday.")
                .anyMatch(e -> GoldEvents.typed(e, "THREATEN", "IRN", "IRQ"));
        eventsOf("The defence minister of Iran said on Monday that it would strike the bases of Israel if Israel attacked.")
                .anyMatch(e -> e.type() == EventType.THREATEN && e.actors().stream().anyMatch(p -> "IRN".equals(p.country())));
    }

    @Test
    void aThreatQuotedBeforeItsSpeakerIsAThreatAsWell() {
        eventsOf("\"If Israel attacks us again, we will strike its bases again,\" the defence minister of Iran said on Monday.")
                .anyMatch(e -> e.type() == EventType.THREATEN && e.actors().stream().anyMatch(p -> "IRN".equals(p.country())));
    }

    @Test
    void aWithholdingPromisedOnAConditionIsAThreat() {
        eventsOf("The governor of Texas said if the city council passes the bill, he would withhold state funds from the city of Austin.")
                .anyMatch(e -> e.type() == EventType.THREATEN);
        eventsOf("Senator Jane Miller noted if the bill goes forward, she'd introduce legislation withholding federal funds from the city.")
                .anyMatch(e -> e.type() == EventType.THREATEN);
        eventsOf("Senator Jane Miller noted if the bill goes forward, she’d introduce legislation withholding federal funds from the city.")
                .anyMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void anActOfGoodwillOnAConditionIsNoThreat() {
        eventsOf("The foreign minister of Iran said it would resume the talks with Iraq if Iraq lifted the tariffs.")
                .noneMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void aHostileActWithNoConditionIsNoThreatOfThisKind() {
        eventsOf("The foreign minister of Iran said it would never seize the trucks of Iraq.")
                .noneMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void revengeVowedOnSomeoneIsAThreatOfForce() {
        eventsOf("The army of Peru vowed on Monday to take revenge upon the rebels of Chile.")
                .anyMatch(e -> e.type() == EventType.THREATEN)
                .noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test
    void suppliesShutOffToAPlaceAreABlockade() {
        eventsOf("The army of Israel shut off supplies of water into the Gaza Strip on Monday.")
                .anyMatch(e -> e.type() == EventType.COERCE && e.cameo().startsWith("19"));
        eventsOf("The company of Israel shut down the website on Monday.")
                .noneMatch(e -> e.type() == EventType.COERCE && e.cameo().startsWith("19"));
    }
}
