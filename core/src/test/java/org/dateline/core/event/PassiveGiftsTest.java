package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * The passive of a verb of giving keeps the thing given as its object ({@link RetainedObjects}): "Y was sent a message
 * by X" is X's message to Y, not Y's and not no one's; on sentences written for this test.
 */
class PassiveGiftsTest {

    @Test void aLeaderSentAMessageOfGreetingByAnotherReceivesItFromHim() {
        eventsOf("The Peruvian president was sent a message of greeting by the Chilean president on Monday.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "CHL", "PER"))
                .noneMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "PER"));
    }

    @Test void aMinisterGivenAGiftByAnAmbassadorIsTheOneWhoReceivesIt() {
        eventsOf("The Laotian foreign minister was given a gift by the Cuban ambassador on Tuesday.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "CUB", "LAO"))
                .noneMatch(e -> GoldEvents.actedBy(e, "SUPPORT", "LAO"));
    }

    @Test void aLetterOfProtestHandedToAnEnvoyIsTheHandersProtest() {
        eventsOf("The Nepalese ambassador was handed a letter of protest by the Indian foreign secretary on Monday.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "IND", "NPL"));
    }

    @Test void theActiveGivingStaysTheSubjectsAct() {
        eventsOf("The Peruvian president sent a congratulatory message to the Chilean president on Monday.")
                .anyMatch(e -> GoldEvents.typed(e, "SUPPORT", "PER", "CHL"));
    }
}
