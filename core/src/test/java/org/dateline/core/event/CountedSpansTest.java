package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A span of acts that starts at a time named before ("since then") counts them as "since January" does: an aggregate,
 * no event (CODING.md section 7; {@link Aggregates}). "And then" orders acts and starts no span, and a count of times
 * is left alone (see {@link Aggregates}): "struck the town three times on Monday", "has visited Beijing", "for the
 * first time" stay events. Invented sentences; the article is of Wednesday 2023-05-10.
 */
class CountedSpansTest {
    private static List<Event> code(String body) {
        return GoldEvents.codeStory(body);
    }

    private static boolean has(List<Event> es, EventType type) {
        return es.stream().anyMatch(e -> e.type() == type);
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
