package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Two more ways English sums acts up with none of them in view (CODING.md section 7, aggregates; {@link Aggregates}):
 * a perfect counted in times ("has been arrested more than a dozen times"), a record of a life or a body, and a
 * span that starts at a time named before ("since then", "since that time"), which counts as "since January" does.
 * A single act stays an event: "was arrested on Monday", "struck the town three times on Monday" (a simple past, one
 * day), "has visited Seoul" (one visit, no count). Invented sentences; the article is of Wednesday 2023-05-10.
 */
class CountedSpansTest {
    private static List<Event> code(String body) {
        return GoldEvents.codeStory(body);
    }

    private static boolean has(List<Event> es, EventType type) {
        return es.stream().anyMatch(e -> e.type() == type);
    }

    @Test void anArrestRecordCountedInTimesIsAnAggregateNotAnEvent() {
        assertThat(has(code("The activist has been arrested more than a dozen times during protests in four states."),
                EventType.COERCE)).isFalse();
    }

    @Test void visitsCountedInTimesInThePerfectAreAnAggregate() {
        assertThat(has(code("The Japanese foreign minister has visited Beijing five times."), EventType.CONSULT)).isFalse();
    }

    @Test void severalTimesInThePerfectIsAnAggregateToo() {
        assertThat(has(code("Police have detained the opposition leader several times."), EventType.COERCE)).isFalse();
    }

    @Test void strikesCountedOnOneDayInTheSimplePastStayAnEvent() {
        assertThat(has(code("Russian forces shelled the Ukrainian town of Bakhmut three times on Monday."), EventType.ASSAULT))
                .isTrue();
    }

    @Test void aSingleVisitInThePerfectStaysAnEvent() {
        assertThat(has(code("The Japanese foreign minister has visited Beijing to meet Chinese officials."), EventType.CONSULT))
                .isTrue();
    }

    @Test void aPerfectWithATimeThatIsNotACountStaysAnEvent() {
        assertThat(has(code("Kenyan police have arrested the opposition leader for the first time."), EventType.COERCE))
                .isTrue();
    }

    @Test void arrestsCountedSinceThenAreAnAggregateNotAnEvent() {
        assertThat(has(code("The FBI launched the program in 1950. Since then, 427 fugitives have been arrested by its agents."),
                EventType.COERCE)).isFalse();
    }

    @Test void anArrestThenIsStillAnEvent() {
        assertThat(has(code("Kenyan police arrested 48 protesters on Monday and then released them."), EventType.COERCE))
                .isTrue();
    }
}
