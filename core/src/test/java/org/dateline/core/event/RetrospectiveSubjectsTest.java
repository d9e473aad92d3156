package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * In a story that looks back on a person (an anniversary, feats, a death), that person's plain-past acts without a
 * date are the past of a life: no date, never the article's day. Invented stories, published 10 May 2023.
 */
class RetrospectiveSubjectsTest {
    private static List<Event> code(String headline, String body) {
        Article a = new Article("t", "test", null, headline, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        return GoldEvents.PIPELINE.annotate(a).events();
    }


    @Test void thePoetWhoseCentenaryAHeadlineMarksVisitedMoscowAtNoGivenDate() {
        List<Event> es = code("Seminar Marks Pablo Neruda's Birth Centenary",
                "A seminar was held in Santiago on Monday. Pablo Neruda visited Moscow. He praised the Cuban revolution.");
        assertThat(DatedEvents.byTrigger(es, "visited").date()).isNull();
        assertThat(DatedEvents.byTrigger(es, "praised").date()).isNull();
    }

    @Test void theFeatsOfALeaderInTheBodyMakeHisPlainPastActsUndated() {
        List<Event> es = code("Seminar Held",
                "Speakers at the seminar recalled the feats of President Kwame Nkrumah. Kwame Nkrumah visited Moscow.");
        assertThat(DatedEvents.byTrigger(es, "visited").date()).isNull();
    }

    @Test void aDateTheTextGivesStillDatesTheActOfTheOneLookedBackOn() {
        List<Event> es = code("Seminar Marks Pablo Neruda's Birth Centenary", "In 1960 Pablo Neruda visited Moscow.");
        assertThat(DatedEvents.byTrigger(es, "visited").date()).isEqualTo("1960");
    }

    /** A guard: the tribute of someone else in the same story is the article's news and keeps its day. */
    @Test void theTributesOfOthersKeepTheArticleDay() {
        List<Event> es = code("Tribute", "The Chilean ambassador laid a wreath on the anniversary of the death of Salvador Allende. "
                + "The ambassador praised the Cuban people.");
        assertThat(DatedEvents.byTrigger(es, "praised").date()).isEqualTo("2023-05-10");
    }

    /** A guard: the same act in a story that looks back on no one keeps the article's day as a bound. */
    @Test void aVisitInAStoryThatLooksBackOnNoOneKeepsTheArticleDay() {
        List<Event> es = code("Poet Visits Moscow", "Pablo Neruda visited Moscow.");
        assertThat(DatedEvents.byTrigger(es, "visited").date()).isEqualTo("2023-05-10");
    }
}
