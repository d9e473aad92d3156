package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An act told as done again and again (a frequency adverb, a unit of time counted out, occasions, a fixed phrase of
 * repetition) sums up many acts: it gets the date the text gives or none, never the article's day as if it were
 * one act of that day. One act keeps the article's day as a bound. Invented sentences; the article is of Wednesday
 * 2023-05-10.
 */
class RepeatedActsDatesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean told(String body, String trigger) {
        return code(body).stream().anyMatch(e -> trigger.equals(e.trigger()));
    }

    // question 126 (stop s45): past acts told as done again and again with no date of their own are a count, no event

    @Test void drillsHeldAlmostEveryDayAreACountNotAnEvent() {
        assertThat(told("The army held military exercises almost every day near the border.", "exercises")).isFalse();
        assertThat(told("The foreign forces staged war drills every day in the area.", "drills")).isFalse();
    }

    @Test void anArrestMadeOftenOrABombingDoneDailyIsACountNotAnEvent() {
        assertThat(told("Police often arrested the union leaders.", "arrested")).isFalse();
        assertThat(told("The warplanes bombed the city daily.", "bombed")).isFalse();
    }

    @Test void aVisitMadeOnSeveralOccasionsIsACountNotAnEvent() {
        assertThat(told("The minister visited Russia on several occasions.", "visited")).isFalse();
    }

    @Test void peopleAbductedOneAfterAnotherAreACountNotAnEvent() {
        assertThat(told("Foreigners were abducted one after another in the country.", "abducted")).isFalse();
    }

    @Test void repeatedActsInAMonthTheTextNamesTakeThatMonth() {
        assertThat(DatedEvents.byTrigger(code("The army held military exercises almost every day in March 2023."),
                "exercises").date()).isEqualTo("2023-03");
    }

    @Test void oneActOnOneOccasionKeepsTheArticleDayAsABound() {
        Event e = DatedEvents.byTrigger(code("The minister visited Russia on one occasion to sign the deal."), "visited");
        assertThat(e.date()).isEqualTo("2023-05-10");
        assertThat(String.valueOf(e.dateMod())).isEqualTo("ON_OR_BEFORE");
    }

    /** An age with no date of its own: history retold as background, no event (CODING.md section 7; s54). */
    @Test void anActUnderTheColonialRuleIsBackground() {
        assertThat(code("The Japanese imperialists kidnapped Korean women under the colonial rule."))
                .noneMatch(e -> "kidnapped".equals(e.trigger()));
    }
}
