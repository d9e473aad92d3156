package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Product pages, guides and service pages tell what things, firms and people do as a rule, in the present, with the
 * verbs news uses for support, permission, offers and advice: no act happened on any day. Sentences written for this
 * test.
 */
class TimelessPresentTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void aProductThatSupportsAStandardSupportsNoOne() {
        List<Event> es = code("The wireless trackball supports both Bluetooth and USB receivers.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test
    void anAccountOrAnAppThatAllowsSomethingGrantsNothing() {
        List<Event> es = code("A health savings account allows withdrawals for medical costs at any age.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
        es = code("The booking tool allows you to cancel a table up to an hour ahead.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test
    void aFirmThatAcceptsCardsOrRecommendsQuotesAgreesAndAsksNothing() {
        List<Event> es = code("Brooklyn Van Lines accepts payment by card but does not accept cheques.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
        es = code("Green Roof Solar recommends getting at least three written quotes.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test
    void whatParentsCanDoAndWhatIsDoneForGuestsAsARuleAreNoEvents() {
        List<Event> es = code("Grandparents can advise and encourage, but they should never write the homework.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
        es = code("At the Lakeside Inn, breakfast trays are delivered directly to guests.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AID);
    }

    @Test
    void aParticipleOnATimelessVerbIsTimelessToo() {
        List<Event> es = code("The open licensing standard sets fees in advance, allowing bloggers to charge every crawler.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
    }

    /** A guard: a state told in the present is news. */
    @Test
    void aStateOrAnArmyInThePresentIsStillAnEvent() {
        List<Event> es = code("Turkey supports the Swedish bid to join the alliance.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT);
        es = code("Belarusian police often arrest protesters in Minsk.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.COERCE);
    }

    /** A guard: the same verbs in the past, or with a time of their own, tell an act. */
    @Test
    void theSameActInThePastOrOnADayIsStillAnEvent() {
        List<Event> es = code("Protesters block the main road to the airport on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.PROTEST);
        es = code("The Red Cross delivered blankets to refugees in Chad.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.AID);
    }
}
