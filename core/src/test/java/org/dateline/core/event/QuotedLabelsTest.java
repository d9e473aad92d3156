package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.Accusations.assertAccuses;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A label in quotes after a verb of naming is the second object of the naming, and the words before the
 * quote the one named, whatever the parser made of the quote marks; a label of blame on a thing no party is named for
 * accuses no one; a senator's bracketed party label does not cut him off from his words. Sentences written for this
 * test.
 */
class QuotedLabelsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void callingARivalQuotedALiarAccusesTheRival() {
        assertAccuses(code("Senator Ann Fielding called Governor Tom Reyes \u201ca liar\u201d on Monday."), "Fielding", "Reyes");
    }

    @Test void callingARivalQuotedDishonestAccusesTheRival() {
        assertAccuses(code("Senator Ann Fielding called Governor Tom Reyes \u201cdishonest\u201d on Friday."), "Fielding", "Reyes");
    }

    @Test void callingARivalsRecordQuotedProblematicAccusesTheRival() {
        assertAccuses(code("Senator Ann Fielding called Governor Tom Reyes\u2019s record \u201cextremely problematic\u201d on Friday."),
                "Fielding", "Reyes");
    }

    @Test void callingTheSenatesRulesQuotedADisasterAccusesTheSenate() {
        assertAccuses(code("Senator Ann Fielding called the Senate\u2019s new rules \u201ca disaster\u201d on Monday."), "Fielding", "Senate");
    }

    @Test void callingTheWeatherQuotedProblematicAccusesNoOne() {
        List<Event> es = code("Senator Ann Fielding called the weather \u201cextremely problematic\u201d on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void callingAPlanADisasterAccusesNoOneWhenNoPartyIsNamed() {
        List<Event> es = code("Senator Ann Fielding called the plan a disaster on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void aSenatorsBracketedPartyLabelKeepsHimTheSpeakerOfHisLabel() {
        assertAccuses(code("Sen. Joe Manchin (D-W.Va.), a member of the leadership team, called Governor Tom Reyes\u2019s remarks "
                + "\u201cunhelpful rhetoric.\u201d"), "Manchin", "Reyes");
    }
}
