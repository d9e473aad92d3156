package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.GoldEvents.visitsTo;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A home party's trip abroad told by its departure or its return, the host named only by the clause of its purpose
 * or of what it did ({@link TripsAbroad}); and the leading participle of a delegation that is no event of its own
 * ({@link LeaderAttachment#namesLeader}). Stories written for this test, filed from Accra and published on Wednesday
 * 10 May 2023.
 */
class TripsAbroadTest {
    private static List<Event> filed(String body) { return GoldEvents.codeStoryFrom("Accra", body); }

    @Test void aMinisterLeavingHereToAttendAMeetingAbroadVisitsTheStateOfItsPlace() {
        List<Event> es = filed("Ghanaian Foreign Minister Kofi Mensah and his party left here on Friday to attend the"
                + " ministerial meeting of the non-aligned countries in Cairo.");
        assertThat(visitsTo(es, "EGY")).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo("2023-05-05"))
                .satisfies(e -> assertThat(e.actors()).anyMatch(p -> p.name().contains("Mensah")));
    }

    @Test void aDelegationComingBackHomeAfterAMeetingAbroadVisitedItsHost() {
        List<Event> es = filed("The delegation of the Ghana Trades Union Congress led by its chairman Kwame Boateng came"
                + " back home on Tuesday after taking part in the meeting of the World Federation of Trade Unions in Hanoi.");
        assertThat(visitsTo(es, "VNM")).as(GoldEvents.describe(es)).hasSize(1);
    }

    @Test void aReturnAfterVisitingTwoStatesIsOneTripToEach() {
        List<Event> es = filed("Ghanaian Trade Minister Ama Owusu returned home on Thursday after visiting Vietnam and Laos.");
        assertThat(visitsTo(es, "VNM")).as(GoldEvents.describe(es)).hasSize(1);
        assertThat(visitsTo(es, "LAO")).as(GoldEvents.describe(es)).hasSize(1);
    }

    @Test void aDepartureAnnouncedForNextWeekIsNoVisitMade() {
        List<Event> es = filed("Ghanaian Foreign Minister Kofi Mensah will leave here next week to attend the ministerial"
                + " meeting of the non-aligned countries in Cairo.");
        assertThat(visitsTo(es, "EGY")).as(GoldEvents.describe(es))
                .noneMatch(e -> e.status() == org.dateline.model.EventStatus.OCCURRED);
    }

    @Test void aTripToAMeetingAtHomeVisitsNoOne() {
        List<Event> es = filed("Ghanaian Foreign Minister Kofi Mensah and his party left here on Friday to attend a"
                + " meeting of district officials in Kumasi.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT && "042".equals(e.cameo()));
    }

    @Test void aPurposeNamingNoPlaceNamesNoHost() {
        List<Event> es = filed("Ghanaian Foreign Minister Kofi Mensah and his party left here on Friday to attend the"
                + " ministerial meeting.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT && "042".equals(e.cameo()));
    }

    @Test void aForeignPartyLeavingHereForAnotherMeetingIsNotAHomeTrip() {
        List<Event> es = filed("Peruvian Foreign Minister Ana Ruiz and her party left here on Friday to attend the"
                + " ministerial meeting of the non-aligned countries in Cairo.");
        assertThat(visitsTo(es, "EGY")).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void delegationsLedByTheirChairmenInADepartureListIntendNoMeeting() {
        List<Event> es = filed("Departing from here on Friday were a delegation of the Communist Party of Peru led by its"
                + " chairman Jorge Ruiz and a delegation of the Labor Party of Mexico led by its secretary Ana Diaz.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test void delegationsLedByTheirHeadsListedAsGiversIntendNoMeeting() {
        List<Event> es = filed("The president received gifts from foreign delegations. They included a delegation of the"
                + " Peruvian Friendship Society led by Chairman Jorge Ruiz and a delegation of the Mexican Study Forum led"
                + " by Vice-Chairman Ana Diaz on a visit to Ghana.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test void aDelegationLedByItsChairmanStillActsInItsOwnClause() {
        List<Event> es = filed("A friendship delegation of Peru led by Chairman Jorge Ruiz laid a wreath before the"
                + " Independence Arch on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT)
                .noneMatch(e -> e.type() == EventType.AGREE);
    }
}
