package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An occasion the story dated goes on in the sentences after it: what its participants say and do there, in the past
 * tense and with no time of their own, takes the occasion's day, sayings included; an act of someone else, one told
 * in the present, or one after another date keeps the article's day as a bound.
 * Invented stories; the article is of Wednesday 2023-05-10.
 */
class ContinuedOccasionsDatesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static final String PROTEST = "South Korean workers staged a protest in front of the Defence Ministry in "
            + "Seoul on Monday against the dispatch of troops.\n\n";

    @Test void aDemandVoicedAfterADatedProtestIsTheProtestsDay() {
        Event demand = DatedEvents.byTrigger(code(PROTEST
                + "This should be stopped at once as it is a grave provocation, they demanded."), "demanded");
        assertThat(demand.date()).isEqualTo("2023-05-08");
        assertThat(demand.dateMod()).isNull();
    }

    @Test void aDemandOfTheOtherSideAfterADatedMeetingIsTheMeetingsDay() {
        List<Event> es = code("Kim Jong Il met with Russian President Dmitry Medvedev in Ulan-Ude on Monday.\n\n"
                + "The sanctions should be lifted at once, Medvedev demanded.");
        assertThat(DatedEvents.byTrigger(es, "demanded").date()).isEqualTo("2023-05-08");
    }

    @Test void aDemandOfAGuestNamedAgainByHisSurnameIsTheMeetingsDay() {
        List<Event> es = code("Kim Jong Il met with Russian President Dmitri Anatoliyevich Medvedev in Ulan-Ude on Monday.\n\n"
                + "The sanctions should be lifted at once, Medvedev demanded.");
        assertThat(DatedEvents.byTrigger(es, "demanded").date()).isEqualTo("2023-05-08");
    }

    @Test void aDemandOfTheSpeakerTheDatedSentenceNamedIsThatDaysEvenWithAYearInItsSentence() {
        List<Event> es = code("Peruvian Foreign Minister Ana Ruiz addressed the press in Lima on Monday.\n\n"
                + "The sanctions imposed in 1990 should be lifted at once, Ruiz demanded.");
        assertThat(DatedEvents.byTrigger(es, "demanded").date()).isEqualTo("2023-05-08");
    }

    @Test void aDemandOfSomeoneTheDatedSentenceDidNotNameKeepsTheArticleDay() {
        List<Event> es = code("Peruvian Foreign Minister Ana Ruiz addressed the press in Lima on Monday.\n\n"
                + "The sanctions imposed in 1990 should be lifted at once, the Chilean president demanded.");
        assertThat(DatedEvents.byTrigger(es, "demanded").date()).isEqualTo("2023-05-10");
    }

    @Test void aDemandOfSomeoneWhoWasNotAtTheOccasionKeepsTheArticleDay() {
        Event demand = DatedEvents.byTrigger(code(PROTEST
                + "This should be stopped at once as it is a grave provocation, the Japanese foreign minister demanded."),
                "demanded");
        assertThat(demand.date()).isEqualTo("2023-05-10");
        assertThat(String.valueOf(demand.dateMod())).isEqualTo("ON_OR_BEFORE");
    }

    @Test void aDenunciationAtTheRallyIsTheRallysDayButOneOnManyOccasionsIsNot() {
        Event once = DatedEvents.byTrigger(code(PROTEST + "They denounced the dispatch at the rally, the union said."),
                "denounced");
        Event often = DatedEvents.byTrigger(code(PROTEST + "They denounced the dispatch not only at the rally but on "
                + "many other occasions, the union said."), "denounced");
        assertThat(once.date()).isEqualTo("2023-05-08");
        assertThat(often.date()).isEqualTo("2023-05-10");
    }

    @Test void aDemandInThePresentAfterADatedProtestKeepsTheArticleDay() {
        List<Event> es = code(PROTEST + "They demand that the authorities withdraw the troops.");
        assertThat(DatedEvents.byTrigger(es, "demand").date()).isEqualTo("2023-05-10");
    }

    @Test void anOccasionOfAnEarlierYearIsNoDayOfTheNewsToGoOnTelling() {
        Event demand = DatedEvents.byTrigger(code(PROTEST.replace("on Monday", "on March 3, 2021")
                + "This should be stopped at once as it is a grave provocation, they demanded."), "demanded");
        assertThat(demand.date()).isEqualTo("2023-05-10");
    }

    @Test void aDemandTheOccasionCameDaysAfterIsAnotherMomentsNotTheOccasionsDay() {
        Event demand = DatedEvents.byTrigger(code("The envoys of Japan and the United States held a meeting in Geneva on "
                + "Monday and agreed that North Korea's conditions should not block a return to talks.\n\n"
                + "The meeting came days after North Korea demanded sanctions relief as a condition for any talks."), "demanded");
        assertThat(demand.date()).isNotEqualTo("2023-05-08");
    }

    @Test void aRoundUpOfPraiseOfTheSameLeaderDatesEachReportByItsOwnWordsNotTheOneBefore() {
        List<Event> es = code("The Lao paper Pasason on Monday in an article said President Kim Il Sung was the benevolent "
                + "father of the people.\n\nThe Peruvian paper El Diario in an article said President Kim Il Sung was a "
                + "glorious leader who devoted his life to the people.");
        List<Event> praises = es.stream().filter(e -> String.valueOf(e.type()).equals("SUPPORT")).toList();
        assertThat(praises).hasSize(2);
        assertThat(praises.get(0).date()).isEqualTo("2023-05-08");
        assertThat(praises.get(1).date()).isNotEqualTo("2023-05-08");
    }

    @Test void aDateThatNamesAnEarlierAttackIsNoOccasionASayingGoesOnTelling() {
        Event threat = DatedEvents.byTrigger(code("Israeli forces said they had killed a ringleader of the May 1 rampage "
                + "on Israel.\n\nIf we need to attack it again, we will attack it again, he said."), "said");
        assertThat(threat.date()).isNotEqualTo("2023-05-01");
    }
}
