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
 * Visits told only by a party's going: foreign parties going back home from the state the story is filed in
 * ({@link ForeignHomecomings}), one visit per visiting party, and a home party's inverted departure whose purpose names
 * the state it went to ({@link InvertedArrivals}). Stories written for this test, filed from Accra and published on
 * Wednesday 10 May 2023.
 */
class HomewardVisitorsTest {
    private static List<Event> filed(String body) { return GoldEvents.codeStoryFrom("Accra", body); }

    @Test void twoForeignDelegationsGoingBackHomeTogetherMadeTwoVisits() {
        List<Event> es = filed("The delegation of the Communist Party of Peru headed by its chairman Luis Soto and the"
                + " Mexican delegation of the Labor Party headed by Ana Ruiz went back home on Monday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).hasSize(2);
        assertThat(visitBy(es, "PER", "GHA") && visitBy(es, "MEX", "GHA")).as(GoldEvents.describe(es)).isTrue();
    }

    @Test void aForeignDelegationReturningHomeVisitedHereAndIsDatedByItsDeparture() {
        List<Event> es = filed("The Chinese government delegation led by Vice-Minister Li Wei returned home on Monday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo("2023-05-08"))
                .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.OCCURRED));
    }

    @Test void aHomeDelegationReturningHomeVisitedNoOneHere() {
        List<Event> es = filed("The Ghanaian government delegation led by Minister Kofi Mensah returned home on Monday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void foreignStudentsGoingHomeAreNoVisitingParty() {
        List<Event> es = filed("Hundreds of Chinese students returned home on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void aReturnHomeStillToComeIsNoVisitMade() {
        List<Event> es = filed("The Chinese government delegation led by Vice-Minister Li Wei will return home next week.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).noneMatch(e -> e.status() == EventStatus.OCCURRED);
    }

    @Test void aHomePartysInvertedDepartureVisitsTheStateItsPurposeNames() {
        List<Event> es = filed("Leaving here on Friday was the delegation of the Ghana Youth League headed by its"
                + " vice-chairman Kwame Boateng to visit the maritime territory of Russia.");
        assertThat(visitsTo(es, "RUS")).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo("2023-05-05"));
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void aHomePartysInvertedDepartureToAMeetingAtHomeVisitsNoOne() {
        List<Event> es = filed("Leaving here on Friday was the delegation of the Ghana Youth League to attend a meeting"
                + " of district officials in Kumasi.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT && "042".equals(e.cameo()));
    }
}
