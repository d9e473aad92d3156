package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Courtesy calls and calls paid on someone are visits (visitor -> host, CONSULT 042); a call on someone to do
 * something stays a request; an object pronoun in a when-clause is the one the main clause is about. Invented
 * sentences.
 */
class CourtesyCallsTest {
    private static boolean visit(Event e, String from, String to) {
        return "042".equals(e.cameo())
                && e.actors().stream().anyMatch(p -> from.equals(p.country()))
                && e.recipients().stream().anyMatch(p -> to.equals(p.country()));
    }

    @Test void aCourtesyCallPaidOnSomeoneIsAVisitToThem() {
        eventsOf("The Indian ambassador paid a courtesy call on the Chinese premier on Monday.")
                .anyMatch(e -> visit(e, "IND", "CHN"));
    }

    @Test void aFarewellCallMadeOnSomeoneIsAVisitToo() {
        eventsOf("The outgoing Brazilian ambassador made a farewell call on the Chilean foreign minister on Monday.")
                .anyMatch(e -> visit(e, "BRA", "CHL"));
    }

    @Test void callingOnSomeoneWithNothingAskedIsAVisit() {
        eventsOf("The new Lao ambassador called on the Vietnamese premier at his office on Monday.")
                .anyMatch(e -> visit(e, "LAO", "VNM"))
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test void callingOnSomeoneToActIsARequestNoVisit() {
        eventsOf("The Indian ambassador called on the Chinese premier to end the blockade on Monday.")
                .anyMatch(e -> e.type() == EventType.REQUEST)
                .noneMatch(e -> "042".equals(e.cameo()));
    }

    @Test void callingOnSomeoneForRestraintIsNoVisit() {
        eventsOf("The Indian foreign minister called on the Chinese government for restraint on Monday.")
                .noneMatch(e -> "042".equals(e.cameo()));
    }

    @Test void aStatementCallingOnFollowersIsNoVisit() {
        eventsOf("The statement of the Peruvian party called on the Juche idea and Songun idea followers in Latin America to support Cuba.")
                .noneMatch(e -> "042".equals(e.cameo()));
    }

    @Test void callingAtAnEmbassyIsAVisitToItsCountry() {
        eventsOf("A delegation of the Communist Party of Vietnam called at the Cuban embassy on Monday.")
                .anyMatch(e -> visit(e, "VNM", "CUB"));
    }

    @Test void himInAWhenClauseIsTheOneWhoSpoke() {
        eventsOf("The Ghanaian premier said this on Monday when the Nigerian ambassador paid a courtesy call on him.")
                .anyMatch(e -> visit(e, "NGA", "GHA"));
    }

    @Test void himInAFrontedWhenClauseIsTheMainSubjectToo() {
        eventsOf("When the Nigerian ambassador visited him on Monday, the Ghanaian premier praised the friendship.")
                .anyMatch(e -> visit(e, "NGA", "GHA"));
    }

    @Test void aCourtesyCallOfThoseMetIsNoSecondEvent() {
        eventsOf("The Cuban foreign minister met and had a talk with the Czech ambassador on Monday when the latter paid a courtesy call on him.")
                .filteredOn(e -> e.type() == EventType.CONSULT).hasSize(1);
    }
}
