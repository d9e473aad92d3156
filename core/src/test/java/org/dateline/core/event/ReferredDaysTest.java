package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Days named by reference: "on the same day" is the day the story named last, and what happened "when" something
 * else did shares its date either way round; on sentences written for this test (published Wednesday 10 May 2023).
 */
class ReferredDaysTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }


    @Test void onTheSameDayIsTheDayTheSentenceBeforeNamed() {
        List<Event> es = code("The Ghanaian minister visited Togo on Monday. The Nigerian president went to Benin on the same day.");
        assertThat(DatedEvents.byTrigger(es, "went").date()).isEqualTo("2023-05-08");
    }

    @Test void onTheSameDayReachesBackOverSentencesWithoutADate() {
        List<Event> es = code("The Chilean paper El Sur on May 3 carried an article on the copper mine.\n\n"
                + "Experts agree that the mine is safe.\n\n"
                + "The Peruvian paper La Voz on the same day carried an article praising the Chilean president.");
        assertThat(DatedEvents.byTrigger(es, "praising").date()).isEqualTo("2023-05-03");
    }

    /** A guard: when the date named last is a year, "the same day" is no day of it. */
    @Test void theSameDayAfterAYearIsNotThatYear() {
        List<Event> es = code("In 2019 the Malian minister visited Niger. The Chadian president went to Benin on the same day.");
        assertThat(DatedEvents.byTrigger(es, "went").date()).isNotEqualTo("2019");
    }

    @Test void whatHappenedWhenTheDatedMainActHappenedSharesItsYear() {
        List<Event> es = code("In 1968 when the American navy was threatening Peru over the seized boats, Lima rejected the demands.");
        assertThat(DatedEvents.byTrigger(es, "threatening").date()).isEqualTo("1968");
    }
}
