package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.GoldEvents.visitsTo;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Visits named in passing, as the circumstance of another act ({@link PresupposedVisits}): one undated CONSULT 042 by
 * the visitor to the host, never a visit of a state to itself, never a second one for a visit the story told already.
 * Stories written for this test, filed from Accra and published on Wednesday 10 May 2023.
 */
class PresupposedVisitsTest {
    private static List<Event> filed(String body) { return GoldEvents.codeStoryFrom("Accra", body); }

    @Test void aVisitorNamedInPassingVisitedTheHostWithNoDateOfItsOwn() {
        List<Event> es = filed("Ivan Petrov, a Russian writer on a visit to Ghana, laid a wreath at the Independence Arch"
                + " on Saturday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.actors()).anyMatch(p -> "RUS".equals(p.country())))
                .satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test void theGiverOfAGiftOnAVisitIsTheVisitorNotTheOneWhoReceivedIt() {
        List<Event> es = filed("President John Mahama received a gift from Carlos Ruiz, coordinator of the Workers' Party"
                + " of Mexico on a visit to Ghana.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.actors()).allMatch(p -> "MEX".equals(p.country())));
    }

    @Test void theVisitingDelegationVisitedTheStateTheStoryIsFiledIn() {
        List<Event> es = filed("The visiting delegation of the Chinese People's Liberation Army toured a textile mill on"
                + " Monday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es))
                .anySatisfy(e -> assertThat(e.actors()).anyMatch(p -> "CHN".equals(p.country())));
    }

    @Test void aLeaderOnATourOfHisOwnCountryVisitsNoOne() {
        List<Event> es = filed("President John Mahama, on a visit to Kumasi, opened a new school on Monday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void aVisitToldInTheLeadIsNotCodedAgainWhenNamedInPassing() {
        List<Event> es = filed("A Chinese government delegation led by Li Wei arrived here on Monday. Li Wei, on a visit"
                + " to Ghana, laid a wreath at the Independence Arch on Tuesday.");
        assertThat(visitsTo(es, "GHA")).as(GoldEvents.describe(es)).hasSize(1);
    }

    @Test void aVisitWithItsOwnerNamedIsTheOwnersNotTheReportersOne() {
        List<Event> es = filed("The BBC's Anna Cole reports on Prime Minister Kofi Mensah's visit to Washington.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT
                && e.actors().stream().anyMatch(p -> p.name().contains("Cole")));
    }
}
