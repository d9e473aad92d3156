package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An event told over a span of days takes the span's month (its year across months), not its first day; on sentences
 * written for this test (published Wednesday 10 May 2023).
 */
class DayRangesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aVisitFromTheSecondToTheSeventhOfAprilIsDatedApril() {
        List<Event> es = code("A delegation of the Cuban Communist Party visited China from April 2 to 7.");
        assertThat(DatedEvents.byType(es, "CONSULT").date()).isEqualTo("2023-04");
    }

    @Test void protestsOnTheSecondAndThirdOfMayAreDatedMay() {
        List<Event> es = code("Thousands of Chilean workers rallied in Santiago on May 2 and 3 against the pension reform.");
        assertThat(DatedEvents.byType(es, "PROTEST").date()).isEqualTo("2023-05");
    }

    @Test void aVisitWrittenWithADashBetweenItsDaysIsDatedItsMonth() {
        List<Event> es = code("A delegation of the Cuban Communist Party visited China April 2-7.");
        assertThat(DatedEvents.byType(es, "CONSULT").date()).isEqualTo("2023-04");
    }

    @Test void aVisitFromOneMonthIntoTheNextIsDatedItsYear() {
        List<Event> es = code("A delegation of the Cuban Communist Party visited China from March 28 to April 3.");
        assertThat(DatedEvents.byType(es, "CONSULT").date()).isEqualTo("2023");
    }

    @Test void statementsIssuedOverTwoDaysDenouncingAPartyAreDatedTheirMonth() {
        List<Event> es = code("Chilean unions issued statements between April 4 and 6 denouncing the Peruvian government.");
        assertThat(DatedEvents.byType(es, "ACCUSE").date()).isEqualTo("2023-04");
    }

    /** A guard: a count after "and" is no last day ("on May 2 and 3 people were hurt"). */
    @Test void aNumberOfPeopleAfterTheDayIsNoSpan() {
        List<Event> es = code("Chilean police attacked the protesters in Santiago on May 2 and 3 people were hurt.");
        assertThat(DatedEvents.byType(es, "ASSAULT").date()).isEqualTo("2023-05-02");
    }

    /** A guard: a day joined by "and" with no word opening a span ("visited X May 2 and 3 more times") is no span. */
    @Test void aDayAndANumberWithNoOpeningWordIsNoSpan() {
        List<Event> es = code("A delegation of the Cuban Communist Party visited China May 2 and 3 more delegations followed.");
        assertThat(DatedEvents.byType(es, "CONSULT").date()).isEqualTo("2023-05-02");
    }
}
