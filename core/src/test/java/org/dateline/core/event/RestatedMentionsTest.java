package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dateline.model.Annotated;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/** (s30, issue 13) One happening told twice in an article is one event; two happenings stay two. */
class RestatedMentionsTest {
    private static List<Event> code(String body) {
        Article a = new Article("t", "test", null, null, null, null, null, null, "2023-05-10", false, List.of(), null,
                null, "en", body, "");
        Annotated an = GoldEvents.PIPELINE.annotate(a);
        return an.events();
    }

    private static List<Event> ofType(List<Event> es, EventType type) {
        return es.stream().filter(e -> e.type() == type).toList();
    }

    private static Set<String> countries(Event e) {
        return java.util.stream.Stream.concat(e.actors().stream(), e.recipients().stream())
                .map(Participant::country).filter(c -> c != null).collect(Collectors.toSet());
    }

    @Test
    void aMeetingWithTwoGuestsIsOneMeetingThatNamesBoth() {
        List<Event> meetings = ofType(code("Japanese Prime Minister Fumio Kishida met Kenyan President William Ruto "
                + "and Mexican Foreign Minister Alicia Barcena in Tokyo on Monday."), EventType.CONSULT);
        assertThat(meetings).hasSize(1);
        assertThat(countries(meetings.get(0))).contains("KEN", "MEX");
    }

    @Test
    void separateTalksWithTwoGuestsStayTwoMeetings() {
        List<Event> meetings = ofType(code("Japanese Prime Minister Fumio Kishida held separate talks with Kenyan "
                + "President William Ruto and Mexican Foreign Minister Alicia Barcena in Tokyo on Monday."), EventType.CONSULT);
        assertThat(meetings).hasSize(2);
    }

    @Test
    void aLeadRestatedInTheNextSentenceIsOneAccusation() {
        List<Event> accusations = ofType(code("Pakistan condemned India on Tuesday over the shelling of border villages. "
                + "Pakistan condemned the Indian army for what it called reckless aggression."), EventType.ACCUSE);
        assertThat(accusations).hasSize(1);
    }

    @Test
    void theSameCondemnationOfAnotherCountryStandsApart() {
        List<Event> accusations = ofType(code("Pakistan condemned India on Tuesday over the shelling of border villages. "
                + "Pakistan condemned Afghanistan for harbouring militants."), EventType.ACCUSE);
        assertThat(accusations).hasSize(2);
    }

    @Test
    void aCondemnationTheTextTellsAsRepeatedOnAnotherDayStandsApart() {
        List<Event> accusations = ofType(code("Pakistan condemned India on Tuesday over the shelling of border villages. "
                + "Pakistan condemned India again on Wednesday over a drone strike."), EventType.ACCUSE);
        assertThat(accusations).hasSize(2);
    }

    @Test
    void praiseOfTwoCompatriotsInTwoSentencesIsTwoPraises() {
        // (s52) the receiving sides share only the speaker's own country: two addressees, not one told twice
        List<Event> praise = ofType(code("President William Ruto praised the nurses of the Nairobi hospital on Monday for "
                + "their devotion. Kenya became a strong nation under the wise guidance of Jomo Kenyatta, he said."),
                EventType.SUPPORT);
        assertThat(praise).hasSize(2);
    }

    @Test
    void twoCondemnationsOfOneForeignSideInTwoSentencesAreOne() {
        // the twin: the receiving sides share a country that is not the doer's, one foe named twice
        List<Event> accusations = ofType(code("Kenya condemned Somalia on Tuesday over the border raid. "
                + "Kenya condemned the Somali army for what it called reckless aggression."),
                EventType.ACCUSE);
        assertThat(accusations).hasSize(1);
    }
}
