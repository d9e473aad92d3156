package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.GoldEvents.visitBy;
import static org.dateline.core.event.GoldEvents.visitsTo;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The bulletins of arrivals and departures a wire service files every day from its capital: one visit per visiting
 * party in a list ({@link SeparateVisitors}), a foreign party leaving "here" ({@link Departures}), and the inverted
 * form "Arriving here were X and Y" ({@link InvertedArrivals}). Stories written for this test, filed from Accra and
 * published on Wednesday 10 May 2023.
 */
class VisitorBulletinsTest {
    private static List<Event> filed(String body) { return GoldEvents.codeStoryFrom("Accra", body); }

    @Test void delegationsOfThreeStatesArrivingTogetherMakeThreeVisits() {
        List<Event> es = filed("Delegations of the Communist Party of Peru, the Workers' Party of Nepal and the Labor Party"
                + " of Mexico arrived here on Monday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).hasSize(3);
        assertThat(visitBy(es, "PER", "GHA") && visitBy(es, "NPL", "GHA") && visitBy(es, "MEX", "GHA"))
                .as(GoldEvents.describe(es)).isTrue();
        assertThat(visitsTo(es, "GHA")).allMatch(e -> e.actors().stream().map(p -> p.country()).distinct().count() == 1);
    }

    @Test void theirPurposeOfTravelStaysOneEventWhenTheTripsAreSplit() {
        List<Event> es = filed("Delegations of the Communist Party of Peru and the Labor Party of Mexico arrived here on"
                + " Monday to attend the congress.");
        assertThat(es).as(GoldEvents.describe(es)).filteredOn(e -> "attend".equals(e.trigger())).hasSizeLessThanOrEqualTo(1);
        assertThat(es).filteredOn(e -> "arrived".equals(e.trigger())).hasSize(2);
    }

    @Test void oneJointDelegationOfTwoStatesIsOneVisit() {
        List<Event> es = filed("A joint delegation of the parliaments of Peru and Chile arrived here on Monday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).hasSize(1);
    }

    @Test void twoMinistersOfOneStateTravellingTogetherMakeOneVisit() {
        List<Event> es = filed("Peruvian Foreign Minister Ana Ruiz and Defence Minister Luis Soto arrived here on Monday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).hasSize(1);
    }

    @Test void aForeignDelegationLeavingHereEndsItsVisitDatedByTheDeparture() {
        List<Event> es = filed("A delegation of the Workers' Party of Belgium left here on Friday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo("2023-05-05"))
                .satisfies(e -> assertThat(e.actors()).anyMatch(p -> "BEL".equals(p.country())));
    }

    @Test void aHomeDelegationLeavingHereVisitsNoOneHere() {
        List<Event> es = filed("A delegation of the Ghanaian Youth League left here on Friday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void anInvertedArrivalListIsOneVisitPerParty() {
        List<Event> es = filed("Arriving here on Monday were a delegation of the Communist Party of Peru and a delegation"
                + " of the Labor Party of Mexico.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).hasSize(2);
        assertThat(visitBy(es, "PER", "GHA") && visitBy(es, "MEX", "GHA")).as(GoldEvents.describe(es)).isTrue();
        assertThat(visitsTo(es, "GHA")).allMatch(e -> "2023-05-08".equals(e.date()));
    }

    @Test void anInvertedDepartureOfAForeignPartyEndsItsVisit() {
        List<Event> es = filed("Departing from here on Friday was a delegation of the Communist Party of Peru.");
        assertThat(visitBy(es, "PER", "GHA")).as(GoldEvents.describe(es)).isTrue();
    }

    @Test void anInvertedDepartureOfAHomePartyIsNoVisitHere() {
        List<Event> es = filed("Leaving here on Friday was a delegation of the Ghanaian Youth League.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void foreignPartiesGoingBackHomeEndTheirVisitsHere() {
        List<Event> es = filed("Going back home on the same day were a delegation of the Communist Party of Peru and a"
                + " delegation of the Labor Party of Mexico.");
        assertThat(visitBy(es, "PER", "GHA") && visitBy(es, "MEX", "GHA")).as(GoldEvents.describe(es)).isTrue();
    }

    @Test void aMilitaryDelegationArrivingIsAVisitNotADeployment() {
        List<Event> es = filed("A delegation of the Peruvian army arrived here on Monday.");
        assertThat(visitBy(es, "PER", "GHA")).as(GoldEvents.describe(es)).isTrue();
        assertThat(es).noneMatch(e -> e.type() == EventType.MOBILIZE);
    }

    @Test void troopsArrivingAreStillNoVisit() {
        List<Event> es = filed("Peruvian troops arrived here on Monday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void anArrivalAnnouncedForNextWeekIsNoVisitThatOccurred() {
        List<Event> es = filed("A delegation of the Labor Party of Mexico will arrive here next week.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).noneMatch(e -> e.status() == EventStatus.OCCURRED);
    }

    @Test void aLedPartyListedBeforeAnotherKeepsItsOwnStateWhenTheParserHangsTheSecondOnItsLeader() {
        List<Event> es = filed("Going back home on Tuesday were the delegation of the Ministry of Civil Affairs of Peru led by"
                + " Vice-Minister Jorge Ruiz and the delegation of the Nakhodka Branch of the Socialist Party of Mexico led"
                + " by Secretary Ana Diaz.");
        assertThat(visitBy(es, "PER", "GHA")).as(GoldEvents.describe(es)).isTrue();
        assertThat(visitBy(es, "MEX", "GHA")).as(GoldEvents.describe(es)).isTrue();
        assertThat(visitsTo(es, "GHA")).hasSize(2)
                .allMatch(e -> e.actors().stream().map(p -> p.country()).distinct().count() == 1);
    }
}
