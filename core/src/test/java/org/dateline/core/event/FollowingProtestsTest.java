package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A protest told as what followed the story's gathering, its holders those of the gathering ({@link
 * FollowingProtests}). Stories written for this test, filed from Accra and published on Wednesday 10 May 2023.
 */
class FollowingProtestsTest {
    private static List<Event> filed(String body) { return GoldEvents.codeStoryFrom("Accra", body); }

    private static List<Event> protests(List<Event> es) {
        return es.stream().filter(e -> e.type() == EventType.PROTEST && e.status() == EventStatus.OCCURRED).toList();
    }

    @Test void aRallyThatFollowedACeremonyIsHeldByTheCeremonysHolders() {
        List<Event> es = filed("On Monday the Ghana Teachers Union held a ceremony against the base construction at the"
                + " square in front of the city hall. It was followed by a rally and demonstration.");
        assertThat(protests(es)).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.actors()).anyMatch(p -> p.name().contains("Teachers Union")))
                .satisfies(e -> assertThat(e.trigger()).isIn("rally", "demonstration"));
    }

    @Test void demonstrationsThatFollowedRalliesAreTheRalliersOwn() {
        List<Event> es = filed("Students of Accra held rallies on Monday against the base construction. The rallies"
                + " were followed by demonstrations.");
        assertThat(protests(es)).as(GoldEvents.describe(es)).hasSize(2)
                .allSatisfy(e -> assertThat(e.actors()).anyMatch(p -> p.name().contains("Students")));
    }

    @Test void protestsToldAfterAnInvertedFollowedAreTheMeetingsPeoples() {
        List<Event> es = filed("The Ghana Dockworkers Union held a meeting in Tema on Monday to denounce the blockade."
                + " Then followed protest demonstrations.");
        assertThat(protests(es)).as(GoldEvents.describe(es)).singleElement()
                .satisfies(e -> assertThat(e.actors()).anyMatch(p -> p.name().contains("Dockworkers")));
    }

    @Test void aMarchThatWillFollowIsNoProtestMade() {
        List<Event> es = filed("On Monday the Ghana Teachers Union held a ceremony against the base construction at the"
                + " square in front of the city hall. It will be followed by a march.");
        assertThat(protests(es)).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void aRallyFollowingNoToldGatheringNamesNoHolder() {
        List<Event> es = filed("The base construction began last year. It was followed by a rally.");
        assertThat(protests(es)).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void whatFollowedAGatheringThatIsNoProtestIsNoProtest() {
        List<Event> es = filed("On Monday the Ghana Teachers Union held a ceremony at the square in front of the city"
                + " hall. It was followed by a film show and a dinner.");
        assertThat(protests(es)).as(GoldEvents.describe(es)).isEmpty();
    }
}
