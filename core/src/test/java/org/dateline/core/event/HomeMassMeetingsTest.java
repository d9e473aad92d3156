package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A mass meeting of a country's own people at home is one side gathered, no meeting between parties
 * ({@link HomeMassMeetings}); a meeting with a foreign party, or of bodies of two states, stays a CONSULT. Stories
 * written for this test, filed from Accra.
 */
class HomeMassMeetingsTest {
    private static List<Event> filed(String body) { return GoldEvents.codeStoryFrom("Accra", body); }

    private static boolean meeting(Event e) { return e.type() == EventType.CONSULT && "040".equals(e.cameo()); }

    @Test void soldiersAndPeopleOfTwoProvincesWhoMeetToVowMeetNoOne() {
        List<Event> es = filed("Soldiers and people in the Ashanti and Volta regions of Ghana met on Saturday to vow to"
                + " defend the country.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(HomeMassMeetingsTest::meeting);
    }

    @Test void whatTheGatheredPeopleDemandOfAForeignStateAfterwardsIsStillTheirDemand() {
        List<Event> es = filed("Soldiers and people in the Ashanti and Volta regions of Ghana met on Saturday to vow to"
                + " defend the country. They demanded that the government of Togo withdraw its troops from the border.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(HomeMassMeetingsTest::meeting)
                .anyMatch(e -> e.type() == EventType.REQUEST && e.actors().stream().anyMatch(p -> "GHA".equals(p.country())));
    }

    @Test void workersAndStudentsOfTheCapitalWhoMeetGatherAsOneSide() {
        List<Event> es = filed("Workers and students in Accra met on Monday to support the new harvest campaign of Ghana.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(HomeMassMeetingsTest::meeting);
    }

    @Test void peopleWhoMeetAVisitingDelegationFromAbroadStillMeetSomeone() {
        List<Event> es = filed("Workers of a textile mill in Accra met a delegation of the Peruvian Ministry of Culture on"
                + " Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.CONSULT
                && e.actors().stream().anyMatch(p -> "PER".equals(p.country()))
                        || e.recipients().stream().anyMatch(p -> "PER".equals(p.country())));
    }
}
