package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Product pages, guides and service pages tell what things, firms and people do as a rule, in the present, with the
 * verbs news uses for support, permission, offers and advice: no act happened on any day. Sentences written for this
 * test.
 */
class TimelessPresentTest {

    @Test
    void aProductThatSupportsAStandardSupportsNoOne() {
        eventsOf("The wireless trackball supports both Bluetooth and USB receivers.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test
    void anAccountOrAnAppThatAllowsSomethingGrantsNothing() {
        eventsOf("A health savings account allows withdrawals for medical costs at any age.").isEmpty();
        eventsOf("The booking tool allows you to cancel a table up to an hour ahead.").isEmpty();
    }

    @Test
    void aFirmThatAcceptsCardsOrRecommendsQuotesAgreesAndAsksNothing() {
        eventsOf("Brooklyn Van Lines accepts payment by card but does not accept cheques.").isEmpty();
        eventsOf("Green Roof Solar recommends getting at least three written quotes.").isEmpty();
    }

    @Test
    void whatParentsCanDoAndWhatIsDoneForGuestsAsARuleAreNoEvents() {
        eventsOf("Grandparents can advise and encourage, but they should never write the homework.").isEmpty();
        eventsOf("At the Lakeside Inn, breakfast trays are delivered directly to guests.")
                .noneMatch(e -> e.type() == EventType.AID);
    }

    @Test
    void aParticipleOnATimelessVerbIsTimelessToo() {
        eventsOf("The open licensing standard sets fees in advance, allowing bloggers to charge every crawler.")
                .isEmpty();
    }

    /** A guard: a state told in the present is news. */
    @Test
    void aStateOrAnArmyInThePresentIsStillAnEvent() {
        eventsOf("Turkey supports the Swedish bid to join the alliance.").anyMatch(e -> e.type() == EventType.SUPPORT);
        // a habit told with a frequency adverb is no event (CODING.md section 7, question 126)
        eventsOf("Belarusian police often arrest protesters in Minsk.").noneMatch(e -> e.type() == EventType.COERCE);
    }

    /** A guard: the same verbs in the past, or with a time of their own, tell an act. */
    @Test
    void theSameActInThePastOrOnADayIsStillAnEvent() {
        eventsOf("Protesters block the main road to the airport on Monday.")
                .anyMatch(e -> e.type() == EventType.PROTEST);
        eventsOf("The Red Cross delivered blankets to refugees in Chad.").anyMatch(e -> e.type() == EventType.AID);
    }
}
