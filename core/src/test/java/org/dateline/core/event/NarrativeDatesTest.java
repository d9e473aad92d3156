package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The date of events told as history or at a named time of day: the date the text gives (a part of a weekday, the
 * year an anniversary counts back to, the start of a range, the time a demonstrative points back to), or none for a
 * past it does not date; never the article's day. Invented sentences; the article is of Wednesday 2023-05-10.
 */
class NarrativeDatesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static Event only(List<Event> es, EventType type) {
        return es.stream().filter(e -> e.type() == type).findFirst().orElseThrow(() -> new AssertionError(es));
    }

    @Test void aWeekdayWithAPartOfTheDayDatesTheEventToThatDay() {
        assertThat(only(code("Rebels attacked an army post in the north early Tuesday morning."), EventType.ASSAULT)
                .date()).isEqualTo("2023-05-09");
        assertThat(only(code("Government troops shelled the market town on Monday night."), EventType.ASSAULT)
                .date()).isEqualTo("2023-05-08");
    }

    @Test void theEventAnAnniversaryIsOfIsHistoryNamedNotAnEvent() { // question 126
        List<Event> es = code("Officials in Dakar marked the 30th anniversary of the Malian president's visit to Senegal.");
        assertThat(es).noneMatch(e -> e.type() == EventType.CONSULT);
        List<Event> spelled = code("The embassy held a reception for the tenth anniversary of the visit of the Chinese premier to Ghana.");
        assertThat(spelled).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void anAnniversaryWithoutACountIsNoEventEither() {
        List<Event> es = code("Officials in Dakar marked the anniversary of the Malian president's visit to Senegal.");
        assertThat(es).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    /** The twin: the same act with a year of its own is an event with that year, however old (question 126). */
    @Test void anActDuringAPastWarWithAYearOfItsOwnStaysAnEventOfThatYear() {
        assertThat(only(code("During the war, in 1951, the invaders bombed the schools of Hamhung."), EventType.ASSAULT).date())
                .isEqualTo("1951");
    }

    @Test void aRangeOfMonthsDatesTheEventByItsStartNotItsEnd() {
        List<Event> es = code("Foreign planes bombed the port of Massawa during the war years, March 1961-May 1964.");
        assertThat(only(es, EventType.ASSAULT).date()).isEqualTo("1961-03");
    }

    @Test void aTimePointedBackToTakesTheDateTheSentenceBeforeGave() {
        List<Event> es = code("In 1975 the rebels took the capital. In those days the army attacked the northern villages.");
        assertThat(es.stream().filter(e -> e.trigger().equals("attacked")).findFirst().orElseThrow().date())
                .isEqualTo("1975");
    }

    @Test void aTimePointedBackToWithNoDateBeforeLeavesTheEventUndated() {
        assertThat(only(code("At that time the army attacked the northern villages."), EventType.ASSAULT).date()).isNull();
    }

    /**
     * The story's own war, unnamed, may be dated elsewhere in the story: the act stays an event with no date here. A
     * war history has named is an age with no date: its act is background (CODING.md section 7, question 126).
     */
    @Test void anActDuringTheStorysUnnamedWarIsUndatedButOneDuringANamedWarIsBackground() {
        assertThat(only(code("During the war the invaders bombed the schools of Hamhung."), EventType.ASSAULT).date()).isNull();
        assertThat(code("During the Korean War the invaders bombed the schools of Hamhung."))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(code("The late leader visited China many times in his lifetime.")).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void aDatePutBeforeCoordinatedVerbsDatesEachOfThem() {
        List<Event> es = code("In 1962 the Ghanaian president visited Moscow and met Soviet leaders.");
        assertThat(es).isNotEmpty();
        assertThat(es).allSatisfy(e -> assertThat(e.date()).isEqualTo("1962"));
    }

    @Test void aPastPhraseAfterTheFirstOfCoordinatedVerbsIsThatVerbsOwn() {
        List<Event> es = code("The army shelled the border villages in the past and now attacks the capital.");
        assertThat(es).noneMatch(e -> e.trigger().equals("shelled")); // an undated age: background (s54)
        assertThat(es.stream().filter(e -> e.trigger().equals("attacks")).findFirst().orElseThrow().date())
                .isEqualTo("2023-05-10");
    }

    @Test void whatHappenedWhenSomethingElseDidSharesTheDateOfThatClause() {
        List<Event> es = code("When touring Kenya in 2009, the Sudanese president was attacked by protesters in Nairobi.");
        assertThat(only(es, EventType.ASSAULT).date()).isEqualTo("2009");
    }
}
