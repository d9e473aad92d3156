package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * History told as background is no event; a single past act told in a main clause with its own date is one, with
 * that date, however old (CODING.md question 126, {@link Background}). Invented sentences, in KCNA style and in
 * ordinary wire style; the stories are published on Wednesday 10 May 2023.
 */
class BackgroundHistoryTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static List<Event> byTrigger(List<Event> events, String trigger) {
        return events.stream().filter(e -> trigger.equals(e.trigger())).toList();
    }

    @Test void aMainClauseActOfAYearLongAgoStaysAnEventWithThatYear() {
        List<Event> es = byTrigger(code("American warplanes bombed the port city of Wonsan in 1950."), "bombed");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("1950"));
    }

    @Test void aMainClauseActOfADecadeStaysAnEventWithTheDecade() {
        List<Event> es = byTrigger(code("In the 1970s the Peruvian government expelled the American ambassador."), "expelled");
        assertThat(es).singleElement().satisfies(e -> assertThat(e.date()).startsWith("197"));
    }

    @Test void anUndatedActInAWhenClauseOfThePastSetsTheSceneAndIsNoEvent() {
        List<Event> es = code("When the Chinese envoy visited Pyongyang, the President decided to send aid to the Chinese people.");
        assertThat(es).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void aPassiveActInAWhenClauseOfThePastIsNoEventEither() {
        List<Event> es = code("When the fishing boat was seized by the coast guard, the owners appealed to the government of Chile.");
        assertThat(byTrigger(es, "seized")).isEmpty();
    }

    @Test void aWhenClauseOfTheNewsDatedByItsMainClauseStays() {
        List<Event> es = code("The foreign minister said so on Monday when the Swiss ambassador called on him in Pyongyang.");
        assertThat(byTrigger(es, "called")).isNotEmpty();
    }

    @Test void aDatedRecentActInAWhenClauseThatIsTheNewsStays() {
        List<Event> es = code("Police detained two students on Tuesday when the protesters marched to the embassy of Japan in Seoul.");
        assertThat(es).anyMatch(e -> e.type() == EventType.PROTEST);
    }

    @Test void aVisitMadeSeveralTimesIsACountNotAnEvent() {
        assertThat(byTrigger(code("The Mongolian president visited the country several times."), "visited")).isEmpty();
        assertThat(byTrigger(code("The prime minister met the Indian leader three times."), "met")).isEmpty();
    }

    @Test void actsDoneAtTimesAreHabitsNotEvents() {
        assertThat(byTrigger(code("At times the colonial police arrested the village elders."), "arrested")).isEmpty();
    }

    @Test void anActDoneRepeatedlyIsACountOfActs() {
        assertThat(byTrigger(code("Turkish warplanes have repeatedly bombed Kurdish positions in northern Iraq."), "bombed")).isEmpty();
    }

    @Test void oneVisitOnOneOccasionStaysAnEvent() {
        assertThat(byTrigger(code("The minister visited Russia on one occasion to sign the deal."), "visited")).isNotEmpty();
    }

    @Test void theActAnAnniversaryIsOfIsNoEventButTheCommemorationIs() {
        List<Event> es = code("The embassy of Laos held a reception on Tuesday to mark the 40th anniversary of the Vietnamese president's visit to Vientiane.");
        assertThat(byTrigger(es, "visit")).isEmpty();
    }

    @Test void anUndatedActOfAnEssaysAgeIsNoEventButADatedOneIs() {
        List<Event> es = code("During the war the invaders burned down the villages of the region. They killed the peasants of the county. "
                + "In July 1951 the invaders bombed the city of Pyongyang.");
        assertThat(byTrigger(es, "killed")).isEmpty();
        assertThat(byTrigger(es, "bombed")).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("1951-07"));
    }
}
