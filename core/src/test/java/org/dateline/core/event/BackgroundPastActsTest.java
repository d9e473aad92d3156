package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A past act told as background (the starting point of a span, a relative clause in the past) gets the date its
 * own words give or none, never the article's day; the news act of the same sentence keeps its date. Invented
 * sentences, in stories published on 10 May 2023.
 */
class BackgroundPastActsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static List<String> datesOf(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).map(Event::date).toList();
    }

    @Test
    void anActThatStartsASpanHasNoDateOfTheArticle() {
        List<Event> es = code("More than forty years have passed since the Cuban president visited Hanoi.");
        assertThat(es).anyMatch(e -> e.type() == EventType.CONSULT);
        assertThat(datesOf(es, EventType.CONSULT)).containsOnlyNulls();
    }

    @Test
    void anActInARelativeClauseInThePastHasNoDateOfTheArticle() {
        List<Event> es = code("The Bolivian police arrested on Monday the farmer who attacked the mayor of Sucre.");
        assertThat(datesOf(es, EventType.ASSAULT)).isNotEmpty().containsOnlyNulls();
        assertThat(datesOf(es, EventType.COERCE)).contains("2023-05-08");
    }

    @Test
    void anActInARelativeClauseKeepsTheDateItsOwnWordsGive() {
        List<Event> es = code("The rebels who attacked the town of Gao in 2012 surrendered to the army of Mali on Monday.");
        assertThat(es.stream().filter(e -> "attacked".equals(e.trigger())).map(Event::date))
                .isNotEmpty().allMatch(d -> d != null && d.startsWith("2012"));
    }

    @Test
    void aRelativeClauseInThePresentIsNotBackground() {
        List<Event> es = code("The Chilean minister who is visiting Lima met the Peruvian president on Monday.");
        assertThat(datesOf(es, EventType.CONSULT)).doesNotContainNull();
    }
}
