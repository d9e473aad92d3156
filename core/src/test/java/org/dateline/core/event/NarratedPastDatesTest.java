package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A story telling the past goes on telling it: the undated plain-past acts of the sentences after one set in a past
 * (a year, a decade, an age the text does not date) belong to that past, as a lower bound or undated, never the
 * article's day; those after a sentence set on a day of the news take that day. The telling ends at a sentence in
 * the present, one that reports a saying, or one dated otherwise.
 * Invented stories; the article is of Wednesday 2023-05-10.
 */
class NarratedPastDatesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void anActToldAfterAWarTimeSentenceIsARetellingWithNoDateAndNoEvent() {
        List<Event> es = code("During the war the bombers destroyed the bridges.\n\nThey also killed many civilians.");
        assertThat(es).noneMatch(e -> "killed".equals(e.trigger())); // question 126
    }

    @Test void anActToldAfterASentenceOfTheFiftiesIsBoundedByTheFifties() {
        Event e = DatedEvents.byTrigger(code("In the 1950s, the US army bombed Pyongyang.\n\nIt killed many civilians."),
                "killed");
        assertThat(e.date()).isEqualTo("195");
        assertThat(String.valueOf(e.dateMod())).isEqualTo("ON_OR_AFTER");
    }

    @Test void aNarrativeFromADayOf1950CarriesThatDayUntilTheStoryReturnsToThePresent() {
        List<Event> es = code("On June 25, 1950 the invaders started a war against the country.\n\n"
                + "The army killed 20000 enemy troops and shot down 300 planes.\n\n"
                + "The foreign forces still threaten the country.\n\nThe army fired shells at the village.");
        assertThat(DatedEvents.byTrigger(es, "killed").date()).isEqualTo("1950-06-25");
        assertThat(DatedEvents.byTrigger(es, "fired").date()).isEqualTo("2023-05-10");
    }

    @Test void aSayingEndsThePastItReported() {
        List<Event> es = code("In 1950 the US army bombed Pyongyang, the speaker said.\n\n"
                + "He called on the participants to strengthen the army.");
        assertThat(DatedEvents.byTrigger(es, "called").date()).isEqualTo("2023-05-10");
    }

    @Test void anActOfTheWeekEndsTheHistoryAndIsToldOnAsThatDay() {
        List<Event> es = code("The US army bombed Pyongyang in 1950.\n\nThe army fired shells at the border on Monday.\n\n"
                + "Soldiers arrested two men.");
        Event arrest = DatedEvents.byTrigger(es, "arrested");
        assertThat(arrest.date()).isEqualTo("2023-05-08");
        assertThat(arrest.dateMod()).isNull();
    }

    @Test void aSeminarSponsoredAfterItWasHeldOnADayTakesThatDay() {
        List<Event> es = code("A seminar was held in Caracas on May 8. It was sponsored by the Venezuelan Committee.");
        assertThat(DatedEvents.byTrigger(es, "sponsored").date()).isEqualTo("2023-05-08");
    }

    @Test void whatAQuotedStatementSaysHappenedKeepsTheArticleDay() {
        List<Event> es = code("The Association on Monday made public a statement.\n\nThe statement said:\n\n"
                + "The police arrested the students of the country.");
        assertThat(DatedEvents.byTrigger(es, "arrested").date()).isEqualTo("2023-05-10");
    }

    @Test void anActAfterRepeatedDrillsIsNoPartOfAPast() {
        List<Event> es = code("The army held military exercises almost every day near the border.\n\n"
                + "The soldiers fired shells at the village.");
        assertThat(DatedEvents.byTrigger(es, "fired").date()).isEqualTo("2023-05-10");
    }

    @Test void whatFollowsTheIssuingOfAStatementIsNotToldAsItsDay() {
        List<Event> es = code("The Association on Monday made public a statement denouncing the regime.\n\n"
                + "The police arrested the students of the country.");
        assertThat(DatedEvents.byTrigger(es, "arrested").date()).isEqualTo("2023-05-10");
    }
}
