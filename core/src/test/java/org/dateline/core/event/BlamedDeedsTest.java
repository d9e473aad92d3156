package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A reported deed whose object an adjective of blame judges blames its doer; a forecast, a denial or a
 * verdict on a thing blames no one. Sentences written for this test.
 */
class BlamedDeedsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void sayingARivalMadeInappropriateCommentsAccusesTheRival() {
        List<Event> es = code("Senator Ann Fielding said Governor Tom Reyes had made inappropriate comments about the health law.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().contains("Fielding"))
                && e.recipients().stream().anyMatch(p -> p.name().contains("Reyes")));
    }

    @Test void sayingARivalWouldMakeInappropriateCommentsAccusesNoOne() {
        List<Event> es = code("Senator Ann Fielding said Governor Tom Reyes would make inappropriate comments about the health law.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void sayingARivalHadNotMadeInappropriateCommentsAccusesNoOne() {
        List<Event> es = code("Senator Ann Fielding said the governor had not made inappropriate comments about the health law.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void sayingRumoursWereFalseAccusesNoOne() {
        List<Event> es = code("Senator Ann Fielding said the rumours were false.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }
}
