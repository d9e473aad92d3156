package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A protest gathering staged on a day is an occasion of speaking: what its people go on demanding or denouncing in
 * the next sentences they said there, on its day, not on the day the story came out; on sentences written for this
 * test (published Wednesday 10 May 2023).
 */
class ProtestOccasionsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void thoseWhoStagedAProtestOnADayDemandOnThatDayWhenNamedAgainByAPronoun() {
        List<Event> es = code("Chilean farmers and fishermen staged a protest in front of the ministry in Santiago on May 4.\n\n"
                + "The border should be reopened at once, they demanded.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-04");
    }

    @Test void theDemonstratorsOfADemonstrationToldInThePassiveDemandOnItsDay() {
        List<Event> es = code("A demonstration was staged in Valparaiso on May 6 against the closure of the port.\n\n"
                + "The Chilean demonstrators strongly demanded the authorities reopen the port, which is the only work the fishermen have.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isEqualTo("2023-05-06");
    }

    /** A guard: a sentence naming another day ends the protest's occasion. */
    @Test void aDemandAfterASentenceOfAnotherDayDoesNotTakeTheProtestsDay() {
        List<Event> es = code("A demonstration was staged in Valparaiso on May 6 against the closure of the port.\n\n"
                + "The port had been closed by the navy on April 20.\n\n"
                + "The Chilean demonstrators strongly demanded the authorities reopen the port, which is the only work the fishermen have.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-06");
    }

    /** A guard: people who are no protest's ('the officials') are not its speakers. */
    @Test void otherPeopleAfterAPassiveDemonstrationDoNotTakeItsDay() {
        List<Event> es = code("A demonstration was staged in Valparaiso on May 6 against the closure of the port.\n\n"
                + "The Chilean officials strongly demanded the authorities reopen the port, which is the only work the fishermen have.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05-06");
    }

    /** A guard: a protest lead is no roundup of any speaker; another party's saying keeps no day of it. */
    @Test void anotherPartysSayingAfterDemonstrationsTookPlaceDoesNotTakeTheirDay() {
        List<Event> es = code("Demonstrations took place in Lima and Cusco on May 4 and 5 against the new mining law.\n\n"
                + "The chairman of the Chilean mining board recently said the Peruvian government must withdraw the law.");
        assertThat(DatedEvents.byType(es, "REQUEST").date()).isNotEqualTo("2023-05");
    }
}
