package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/** A game's result told with a verb of force is no assault; the same verb without a game's cue is. Sentences written for this test. */
class GameResultsTest {
    @Test void aClubBeatingAnotherByAScoreAssaultsNoOne() {
        eventsOf("Madrid beat Barcelona 3-1 on Sunday.").noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aTeamBeatingAnotherInABowlGameAssaultsNoOne() {
        eventsOf("Georgia Tech beat Kentucky in the Gator Bowl on Saturday.").noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void beatingARivalToWinATitleAssaultsNoOne() {
        eventsOf("The Jackets beat West Virginia to win the title.").noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void policeBeatingProtestersWithBatonsStillAssaultThem() {
        eventsOf("Police in Nairobi beat the protesters with batons on Sunday.").anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void troopsKillingPeopleInARaidOfTwoHoursStillAttack() {
        eventsOf("Syrian troops killed 3 people in a 2-hour raid on Sunday.").anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    // KCNA writes a score with a colon; a clock time has two digits after it
    @Test void aTeamBeatingARivalByAColonScoreAssaultsNoOne() {
        eventsOf("The women's football team of Mali beat the Kenyan rival 3:1 on Sunday.").noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void troopsAttackingAVillageAtAClockTimeStillAttack() {
        eventsOf("Troops of Mali attacked the village of Boni at 2:30 on Sunday.").anyMatch(e -> e.type() == EventType.ASSAULT);
    }
}
