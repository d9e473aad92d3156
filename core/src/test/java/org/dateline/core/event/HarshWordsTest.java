package org.dateline.core.event;

import static org.dateline.core.event.Accusations.assertAccuses;
import static org.dateline.core.event.Accusations.assertNoAccusation;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Criticism told with the words newspapers use for it: verbs of harsh words ("lambasted", "bashed X over
 * Y"), idioms with a target ("took a swipe at X"), a quoted label ('called the remarks "rhetoric"'), and what a speaker
 * says a party lacks, undermines or is unfit for. A thing, a place or a state of affairs is no target. Sentences
 * written for this test.
 */
class HarshWordsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void lambastingARivalCriticizesTheRival() {
        assertAccuses(code("Senator Ann Fielding lambasted Governor Tom Reyes on Tuesday."), "Fielding", "Reyes");
    }

    @Test void bashingARivalOverTheBudgetCriticizesTheRival() {
        assertAccuses(code("Senator Ann Fielding bashed Governor Tom Reyes over the budget."), "Fielding", "Reyes");
    }

    @Test void bashingOnesHeadOnADoorIsNoCriticism() {
        assertNoAccusation(code("Senator Ann Fielding bashed her head on the door of the car."));
    }

    @Test void rippingARivalForHisRemarksCriticizesTheRival() {
        assertAccuses(code("Senator Ann Fielding ripped Governor Tom Reyes for his remarks."), "Fielding", "Reyes");
    }

    @Test void takingASwipeAtARivalAimsTheCriticismAtTheRival() {
        assertAccuses(code("Senator Ann Fielding took a swipe at Governor Tom Reyes during the debate."), "Fielding", "Reyes");
    }

    @Test void takingAimAtARivalAimsTheCriticismAtTheRival() {
        assertAccuses(code("Senator Ann Fielding took aim at Governor Tom Reyes over the budget."), "Fielding", "Reyes");
    }

    @Test void callingARivalsRemarksQuotedRhetoricDenouncesTheRival() {
        assertAccuses(code("Senator Ann Fielding called Governor Tom Reyes's remarks \u201cunhelpful rhetoric.\u201d"),
                "Fielding", "Reyes");
    }

    @Test void callingARivalQuotedScumDenouncesTheRival() {
        assertAccuses(code("Senator Ann Fielding called Governor Tom Reyes \u201cscum\u201d on Friday."), "Fielding", "Reyes");
    }

    @Test void sayingARivalLackedEmpathyAccusesTheRival() {
        assertAccuses(code("Senator Ann Fielding said Governor Tom Reyes lacked empathy."), "Fielding", "Reyes");
    }

    @Test void sayingAPlanLacksTransparencyAccusesNoOne() {
        assertNoAccusation(code("Senator Ann Fielding said the plan lacks transparency."));
    }

    @Test void sayingAStateWasUnderminingTheTalksAccusesTheState() {
        assertAccuses(code("Senator Ann Fielding said Russia was undermining the talks."), "Fielding", "Russia");
    }

    @Test void sayingAFloodUnderminedABridgeAccusesNoOne() {
        assertNoAccusation(code("Senator Ann Fielding said the flood undermined the bridge."));
    }

    @Test void sayingARivalWasUnfitForOfficeAccusesTheRival() {
        assertAccuses(code("Senator Ann Fielding said Governor Tom Reyes was unfit for office."), "Fielding", "Reyes");
    }

    @Test void sayingACarWasUnfitForTheRoadAccusesNoOne() {
        assertNoAccusation(code("Senator Ann Fielding said the car was unfit for the road."));
    }

    @Test void denyingThatARivalIsAHypocriteAccusesNoOne() {
        assertNoAccusation(code("Senator Ann Fielding denied that Governor Tom Reyes was a hypocrite."));
    }

    @Test void sayingARivalsMoveWasARecklessGambleAccusesTheRival() {
        assertAccuses(code("Senator Ann Fielding said Governor Tom Reyes's move was a reckless gamble."), "Fielding", "Reyes");
    }

    @Test void sayingAStormWasARecklessForceAccusesNoOne() {
        assertNoAccusation(code("Senator Ann Fielding said the storm was a reckless force of nature."));
    }

    @Test void sayingAStateWasAFailedStateAccusesNoOne() {
        assertNoAccusation(code("Senator Ann Fielding said Somalia was a failed state."));
    }

    @Test void sayingABodysResponseWasInsufficientAccusesTheBody() {
        assertAccuses(code("Senator Ann Fielding said the European Union's response was insufficient."), "Fielding", "European Union");
    }
}
