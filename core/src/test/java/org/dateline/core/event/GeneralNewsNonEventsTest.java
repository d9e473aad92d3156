package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Words of general news that look like political acts and are none: play with a ball, sharing a view, a place
 * "overrun" by visitors, impaired faculties, a promise to be something; and a coordinated verb under a shared "if".
 * The same words used for acts still make events. Invented sentences.
 */
class GeneralNewsNonEventsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aBallKickedOverAFenceIsNoAssault() {
        assertThat(code("The ball had been kicked over the fence into the road, the coroner said on Monday."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void kickingANameOffABallotIsNoAttack() {
        assertThat(code("Three states have tried to kick the senator's name off the ballot, the paper said on Monday."))
                .noneMatch(e -> e.type() == EventType.ASSAULT || e.type() == EventType.COERCE);
    }

    @Test void agreeingWithSomeonesSentimentsIsNoAgreement() {
        assertThat(code("Agreeing with the mayor's sentiments, councillor John Hale said the plan had nothing to do with the town."))
                .noneMatch(e -> e.type() == EventType.AGREE);
    }

    @Test void aCountryOverrunByMigrantsIsNoOccupation() {
        assertThat(code("The senator said on Tuesday that the nation is being overrun by migrants."))
                .noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void aPromiseToBeSomethingOffersNothing() {
        assertThat(code("The candidate has promised to be a strongman on his first day in office."))
                .noneMatch(e -> e.type() == EventType.AGREE);
        assertThat(code("The Polish president pledged on Monday to be a reliable partner to Ukraine."))
                .isNotEmpty();
    }

    @Test void aSecondVerbUnderTheSameIfIsNoFact() {
        assertThat(code("If the court takes the case and rejects the appeal, the trial will go ahead, lawyers said."))
                .noneMatch(e -> e.type() == EventType.REJECT && e.status().equals(EventStatus.OCCURRED));
        assertThat(code("The court took the case on Monday and rejected the appeal of the former minister."))
                .anyMatch(e -> e.type() == EventType.REJECT && e.status().equals(EventStatus.OCCURRED));
    }

    @Test void researchSupportedByAGrantBacksNoParty() {
        assertThat(code("The study was supported by a grant from the Norwegian Research Council, the university said on Monday."))
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test void aDefenceAllowingYardsYieldsNothing() {
        assertThat(code("The Hawks finished fourth in the league while allowing just 250 yards per game last season."))
                .noneMatch(e -> e.type() == EventType.RETREAT || e.type() == EventType.CONCEDE);
    }

    @Test void nursesFightingTheVirusAssaultNoOne() {
        assertThat(code("The charity will pay for hotel rooms for nurses fighting the coronavirus in Spain, it said on Monday."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }
}
