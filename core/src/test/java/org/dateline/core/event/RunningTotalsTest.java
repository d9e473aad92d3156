package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A running total ("so far", "to date", "until now") sums acts over a period: no single act of the article's day, so
 * no date; a counted one in the perfect ("have killed 310 so far") is an aggregate, no event at all (CODING.md section
 * 7, {@link Aggregates}). Invented sentences; the article is of Wednesday 2023-05-10.
 */
class RunningTotalsTest {
    private static Event only(String body, EventType type) {
        List<Event> es = GoldEvents.codeStory(body);
        return es.stream().filter(e -> e.type() == type).findFirst().orElseThrow(() -> new AssertionError(es));
    }

    @Test void aCountedTollSoFarIsAnAggregateNotAnEvent() {
        assertThat(GoldEvents.codeStory("Rebels have killed 310 Malian soldiers so far.")).noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aTollSoFarThisYearIsDatedByTheYearNotTheDay() {
        assertThat(only("Rebels killed 310 Malian soldiers so far this year.", EventType.ASSAULT).date())
                .isEqualTo("2023");
    }

    @Test void countedArrestsToDateAreAnAggregateNotAnEvent() {
        assertThat(GoldEvents.codeStory("Kenyan police have arrested 48 protesters to date.")).noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void anActFarFromTheCapitalKeepsTheArticleDay() {
        assertThat(only("Rebels attacked a Malian army convoy far from the capital on Monday.", EventType.ASSAULT).date())
                .isNotNull();
    }
}
