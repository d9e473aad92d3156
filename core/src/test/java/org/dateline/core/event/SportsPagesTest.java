package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * On a sports report the verbs of force tell plays and results; a page with one or two sports words is no sports
 * report. Sentences written for this test.
 */
class SportsPagesTest {
    private static final String GAME = "The sophomore guard scored 14 points and grabbed six rebounds as the Owls "
            + "closed their season. Their coach praised the bench after the league game. ";

    @Test
    void aPageThatNamesPointsReboundsSeasonAndCoachIsASportsPage() {
        assertThat(SportsPages.sportsPage(PageWords.of("Owls edge Hawks", GAME))).isTrue();
    }

    @Test
    void aTennisReportNamingItsTourSinglesAndDoublesIsASportsPage() {
        assertThat(SportsPages.sportsPage(PageWords.of("Finals in Cancun",
                "The WTA season ends with the singles and doubles finals, the last tournament of the tennis year.")))
                .isTrue();
    }

    @Test
    void aWarStoryWithOneSeasonAndOneCoachIsNoSportsPage() {
        assertThat(SportsPages.sportsPage(PageWords.of("Shelling resumes",
                "Shelling resumed as the rainy season began; a coach carrying refugees was hit near the border.")))
                .isFalse();
    }

    @Test
    void helpingATeamBeatAnotherOnASportsPageAssaultsNoOne() {
        eventsOf(GAME + "Her steal in the last minute helped the Owls beat the Hawks.")
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    /** A guard: the same verb off a sports page keeps its sense. */
    @Test
    void soldiersBeatingVillagersInAWarStoryStillAssaultThem() {
        eventsOf("The rainy season began on Monday. Soldiers beat the villagers in Kachin State on Tuesday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    /** A guard: speech acts on a sports page are no plays. */
    @Test
    void aLeagueChargingAClubOnASportsPageStillAccusesIt() {
        eventsOf(GAME + "The Premier League accused Chelsea of breaking its financial rules on Monday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE);
    }
}
