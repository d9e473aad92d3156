package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An act placed in an age that is over through a time noun ("in the postwar period", "in colonial days", "in the
 * war years") has no date in the text: history retold as background, no event (CODING.md section 7, question 126;
 * s54), and never one of the article's day. A time noun of the present ("in recent
 * days") keeps the article's day as a bound. Invented sentences; the article is of Wednesday 2023-05-10.
 */
class PastAgeDatesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static Event only(List<Event> es, EventType type) {
        return es.stream().filter(e -> e.type() == type).findFirst().orElseThrow(() -> new AssertionError(es));
    }

    @Test void anActInAPeriodAfterAPastWarIsBackground() {
        assertThat(code("In the postwar period the Malian president visited France.")).noneMatch(e -> e.type() == EventType.CONSULT);
        assertThat(code("Rebels attacked the garrison in the prewar years.")).noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void anActInColonialDaysIsBackground() {
        assertThat(code("In colonial days the police arrested the union leaders.")).noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void anActInTheYearsOrDaysOfAWarIsBackground() {
        assertThat(code("In the war years the bombers attacked the bridges of the river."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(code("In the days of the occupation the soldiers attacked the village."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void anEventInRecentDaysStillTakesTheArticleDayAsABound() {
        Event e = only(code("In recent days the army attacked the northern villages."), EventType.ASSAULT);
        assertThat(e.date()).isEqualTo("2023-05-10");
        assertThat(String.valueOf(e.dateMod())).isEqualTo("ON_OR_BEFORE");
    }

    @Test void aPastAgeWithAYearOfItsOwnTakesThatYear() {
        assertThat(only(code("In the postwar period, in 1954, the Malian president visited France."), EventType.CONSULT).date())
                .isEqualTo("1954");
    }
}
