package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A visit story tells the visitors' days in order: an undated act told after a day of the visit is that day's, across
 * sayings and lists of who was present, until the story names another day; after a span of days it is on none.
 * Invented stories; the article is of Wednesday 2023-05-10.
 */
class VisitDaysTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aGiftToldAfterTheArrivalDayIsThatDays() {
        List<Event> es = code("A delegation of the Lao party paid a visit to Vietnam from May 6 to 9.\n\n"
                + "The delegation arrived in Hanoi on May 6.\n\n"
                + "It was presented with a gift by the minister of foreign affairs.");
        assertThat(DatedEvents.byTrigger(es, "gift").date()).isEqualTo("2023-05-06");
    }

    @Test void aSayingAndAListOfThosePresentDoNotEndTheDay() {
        List<Event> es = code("The Lao president paid a visit to Vietnam.\n\n"
                + "He met with the Vietnamese president in Hanoi on Monday.\n\n"
                + "The Vietnamese president said that the visit would mark an important occasion.\n\n"
                + "Present there were the foreign minister and the defence minister.\n\n"
                + "The Vietnamese president hosted a banquet in honour of the Lao president.");
        assertThat(DatedEvents.byTrigger(es, "hosted").date()).isEqualTo("2023-05-08");
    }

    @Test void theNextDayTheStoryNamesDatesWhatFollowsIt() {
        List<Event> es = code("The Lao president paid a visit to Vietnam.\n\n"
                + "He met with the Vietnamese president in Hanoi on Monday.\n\n"
                + "He visited a power plant in Hue on Tuesday.\n\n"
                + "The director of the plant presented him with a gift.");
        assertThat(DatedEvents.byTrigger(es, "gift").date()).isEqualTo("2023-05-09");
    }

    @Test void aYearLongPastToldInPassingLeavesTheDayAsItWas() {
        List<Event> es = code("The Lao president paid a visit to Vietnam.\n\n"
                + "He met with the Vietnamese president in Hanoi on Monday.\n\n"
                + "They stressed the spirit of the declaration signed in Hanoi in 2001.\n\n"
                + "The Vietnamese president hosted a banquet in honour of the Lao president.");
        assertThat(DatedEvents.byTrigger(es, "hosted").date()).isEqualTo("2023-05-08");
    }

    @Test void anActAfterASpanOfDaysTakesNoDayOfIt() {
        List<Event> es = code("The Lao president paid a visit to Vietnam.\n\n"
                + "He met with the Vietnamese president in Hanoi on Monday.\n\n"
                + "He toured the province of Hue on May 8 and 9.\n\n"
                + "The governor of the province hosted a luncheon in honour of the Lao president.");
        Event lunch = DatedEvents.byTrigger(es, "hosted");
        assertThat(lunch.date()).isNotEqualTo("2023-05-08");
        assertThat(lunch.date()).isNotEqualTo("2023-05");
    }

    @Test void aStoryOfNoVisitCarriesNoDayAcrossASaying() {
        List<Event> es = code("The minister met with the ambassador in Hanoi on Monday.\n\n"
                + "The minister said that relations were developing.\n\n"
                + "The army fired shells at the border village.");
        assertThat(DatedEvents.byTrigger(es, "fired").date()).isEqualTo("2023-05-10");
    }

    @Test void aPlanOfTheVisitIsNotGivenThePastDay() {
        List<Event> es = code("The Lao president paid a visit to Vietnam.\n\n"
                + "He met with the Vietnamese president in Hanoi on Monday.\n\n"
                + "He invited the Vietnamese president to pay a visit to Laos.");
        Event laterVisit = es.stream().filter(e -> "visit".equals(e.trigger()) && e.start() > 100).findFirst()
                .orElseThrow(() -> new AssertionError("no later visit in" + GoldEvents.describe(es)));
        assertThat(laterVisit.date()).isNotEqualTo("2023-05-08");
    }

    @Test void aVisitStoryWithoutAPublicationDayIsCoded() {
        org.dateline.model.Article a = new org.dateline.model.Article("t", "test", null, null, null, null, null, null,
                null, false, List.of(), null, null, "en", "The minister paid a visit to Hanoi on May 8.\n\n"
                + "He was presented with a gift by the mayor.", "");
        assertThatCode(() -> GoldEvents.PIPELINE.annotate(a)).doesNotThrowAnyException();
    }
}
