package org.dateline.core.event;

import static org.dateline.core.event.Accusations.assertAccuses;
import static org.dateline.core.event.Accusations.assertNoAccusation;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Speech acts as wire copy words them with ordinary verbs and nouns: accusations or charges levelled, lodged
 * or voiced carry the noun's event, as "made" or "renewed" do; anger or dismay expressed at a party's act criticizes
 * that party, and at a thing nobody did, no one. Sentences written for this test.
 */
class WireSpeechActsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStoryFrom("Lima", body); }

    @Test void accusationsLevelledAtAStateAreAnAccusation() {
        assertAccuses(code("Peru's president levelled accusations against Ecuador of arming the rebels."), "Peru", "Ecuador");
    }

    @Test void angerExpressedAtAStatesDecisionCriticizesThatState() {
        assertAccuses(code("The Peruvian foreign minister expressed anger at Chile's decision to close the border."), "Peru", "Chile");
    }

    @Test void angerAtTheWeatherCriticizesNoOne() {
        assertNoAccusation(code("The Peruvian farmers expressed anger at the cold weather this winter."));
    }
}
