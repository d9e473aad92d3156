package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An occasion story's lead dates the occasions it reports; the acts told after it, undated, were done at them and
 * take the lead's time: its day, or the month of its span of days. Invented stories; the article is of Wednesday
 * 2023-05-10.
 */
class OccasionStoriesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aPraiseToldAfterALeadOfSeminarsOverSeveralDaysTakesTheMonthOfTheSpan() {
        List<Event> es = code("Seminars and film shows were held in Peru and Chile from May 2 to 4 to mark the birthday "
                + "of President Alvaro Mendes.\n\n"
                + "The chairman of the Peruvian friendship society praised President Alvaro Mendes as a great statesman.");
        assertThat(DatedEvents.byTrigger(es, "praised").date()).isEqualTo("2023-05");
    }

    @Test void aListingSentenceAfterTheDatedLeadTakesTheLeadsTime() {
        List<Event> es = code("Events took place in various countries between May 2 and 4 to mark the birthday of "
                + "Nelson Mandela.\n\n"
                + "They included remembrance meetings in Laos and Peru and lectures in Mali.");
        List<Event> listed = es.stream().filter(e -> "017".equals(e.cameo())).toList();
        assertThat(listed).isNotEmpty();
        assertThat(listed).allSatisfy(e -> assertThat(e.date()).isEqualTo("2023-05"));
    }

    @Test void aLetterAdoptedAfterALeadOfOneDayTakesThatDay() {
        List<Event> es = code("A meeting was held in Lima on May 6 on the anniversary of the founding of the Andean Party.\n\n"
                + "The speakers said the party had done much for the people.\n\n"
                + "The chairman of the Andean Party praised the workers of Peru.");
        assertThat(DatedEvents.byTrigger(es, "praised").date()).isEqualTo("2023-05-06");
    }

    @Test void aLaterSentenceThatNamesItsOwnDayEndsTheStorysTime() {
        List<Event> es = code("A meeting was held in Lima on May 2 on the anniversary of the founding of the Andean Party.\n\n"
                + "A seminar took place in Quito on May 6.\n\n"
                + "The chairman of the Andean Party praised the workers of Peru.");
        assertThat(DatedEvents.byTrigger(es, "praised").date()).isNotEqualTo("2023-05-02");
    }

    @Test void anAttackASpeakerReportsDoesNotTakeTheLeadsTime() {
        List<Event> es = code("Seminars were held in Peru and Chile on May 6 to mark the birthday of Nelson Mandela.\n\n"
                + "The chairman of the Peruvian committee said rebels attacked a police station in the town.");
        assertThat(DatedEvents.byType(es, "ASSAULT").date()).isNotEqualTo("2023-05-06");
    }

    @Test void aStoryWhoseLeadMarksNoOccasionCarriesNoTime() {
        List<Event> es = code("The minister met with the ambassador in Lima on May 6.\n\n"
                + "The minister said that relations were developing.\n\n"
                + "The army fired shells at the border village.");
        assertThat(DatedEvents.byTrigger(es, "fired").date()).isEqualTo("2023-05-10");
    }

    @Test void aNameThatIsAlsoAWordOfMarkingMakesNoOccasionStory() {
        List<Event> es = code("Mark Davies, an adviser to the minister, met with the ambassador in Lima on May 6.\n\n"
                + "The minister said that relations were developing.\n\n"
                + "The army fired shells at the border village.");
        assertThat(DatedEvents.byTrigger(es, "fired").date()).isEqualTo("2023-05-10");
    }

    @Test void anOccasionLongPastDoesNotDateTheStorysActs() {
        List<Event> es = code("The anniversary of the founding of the Andean Party on May 6, 1990 was remembered.\n\n"
                + "The chairman of the Andean Party praised the workers of Peru.");
        assertThat(DatedEvents.byTrigger(es, "praised").date()).isNotEqualTo("1990-05-06");
    }

    @Test void aPlanToldAfterTheLeadIsNotGivenTheLeadsTime() {
        List<Event> es = code("Seminars were held in Peru and Chile on May 6 to mark the birthday of President Alvaro Mendes.\n\n"
                + "The Peruvian friendship society will send a delegation to visit the country.");
        assertThat(es).noneMatch(e -> "2023-05-06".equals(e.date()) && e.start() > 100);
    }
}
