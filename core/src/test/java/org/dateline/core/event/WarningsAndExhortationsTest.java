package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Rhetoric is no act: a warning of a danger threatens no one, an exhortation ("Let us wipe out ...", "Smash ...!")
 * urges an act that has not happened, and a resolve or a headline's "X to do Y" to do harm is at most a threat by
 * the one who states it. Sentences written for this test.
 */
class WarningsAndExhortationsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static List<EventType> types(String body) { return code(body).stream().map(Event::type).toList(); }

    @Test
    void aWarningOfADangerIsNoThreat() {
        assertThat(types("The health ministry of Kenya warned of a high risk of cholera in the flooded districts."))
                .doesNotContain(EventType.THREATEN);
        assertThat(types("UNICEF cautioned about rising hunger in the camps of Somalia."))
                .doesNotContain(EventType.THREATEN);
    }

    @Test
    void aWarningThatAStateOfThingsHoldsIsNoThreat() {
        assertThat(types("UNICEF warned that half the population of Somalia is at risk of hunger."))
                .doesNotContain(EventType.THREATEN);
        assertThat(types("The CIA has warned that North Korea is recruiting hackers to steal cryptocurrency."))
                .doesNotContain(EventType.THREATEN);
        assertThat(types("The World Bank warned on Monday that prices in Kenya will rise sharply."))
                .doesNotContain(EventType.THREATEN);
    }

    @Test
    void adviceThatNamesNoOneWarnedIsNoThreat() {
        assertThat(types("The government of Norway issued advice on Monday, warning to keep candles away from curtains."))
                .doesNotContain(EventType.THREATEN);
    }

    @Test
    void aWarningOfTheWarnersOwnActOrToSomeoneNamedIsAThreat() {
        assertThat(types("Iran warned that it would retaliate against any attack on its nuclear sites."))
                .contains(EventType.THREATEN);
        assertThat(types("Russia warned that there would be serious consequences.")).contains(EventType.THREATEN);
        eventsOf("China warned Japan against sending warships to the disputed islands.")
                .anyMatch(e -> e.type() == EventType.THREATEN
                        && e.recipients().stream().anyMatch(p -> "JPN".equals(p.country())));
        assertThat(types("Turkey warned Syria on Sunday.")).contains(EventType.THREATEN);
    }

    @Test
    void anImperativeUrgesAnActThatHasNotHappened() {
        assertThat(code("Smash the puppet regime of Lee Myung Bak at once!")).isEmpty();
        assertThat(code("\"Free the prisoners!\" shouted the protesters outside the embassy of Egypt."))
                .noneMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test
    void aCallToActTogetherIsNoAct() {
        assertThat(code("Let us wipe out the Lee Myung Bak group of traitors from the face of the earth.")).isEmpty();
        assertThat(types("Now let the army of Mali attack the rebels in the north.")).doesNotContain(EventType.ASSAULT);
    }

    @Test
    void aVerbWithItsOwnSubjectIsNoImperative() {
        assertThat(types("The army of Chad shelled the rebels in Abeche.")).contains(EventType.ASSAULT);
        assertThat(types("Kenya and Uganda agree to boost trade.")).contains(EventType.AGREE);
        assertThat(types("Meanwhile, Egypt condemned the attack on the embassy.")).contains(EventType.ACCUSE);
    }

    @Test
    void aResolveToDoHarmIsAThreatNotAnAssault() {
        eventsOf("The soldiers of North Korea are determined to smash the aggressors of the United States at one stroke.")
                .noneMatch(e -> e.type() == EventType.ASSAULT)
                        .anyMatch(e -> e.type() == EventType.THREATEN && e.status() == EventStatus.OCCURRED);
    }

    @Test
    void aHeadlinesInfinitiveIsStillAhead() {
        eventsOf("Obama to visit China next week.")
                .anyMatch(e -> e.type() == EventType.CONSULT)
                        .allMatch(e -> e.status() == EventStatus.PLANNED);
        eventsOf("Israel to bomb Iran if talks fail.")
                .noneMatch(e -> e.type() == EventType.ASSAULT)
                        .anyMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void aWarningOfWhatANamedPartyWillSufferIsAThreat() {
        assertThat(types("North Korea warned that Seoul will not go unpunished.")).contains(EventType.THREATEN);
    }

    @Test
    void aQuotedTitleThatExhortsIsNoAct() {
        assertThat(types("The Federation of Koreans in Japan issued a statement titled \"Let us wipe out the Lee Myung Bak group of traitors\"."))
                .doesNotContain(EventType.ASSAULT);
    }

    @Test
    void aDesireToDoHarmIsNoAssaultThatHappened() {
        assertThat(code("The president of Chad is anxious to punish the rebels of the north.").stream()
                .filter(e -> e.type() == EventType.ASSAULT || e.type() == EventType.COERCE).map(Event::status))
                .doesNotContain(EventStatus.OCCURRED);
    }

    @Test
    void whoIsToBlameIsTheOneBlamedNotTheAccuser() {
        eventsOf("The authorities of South Korea are to blame for the collapse of the talks, the foreign ministry of North Korea said.")
                .noneMatch(e -> e.type() == EventType.ACCUSE && e.actors().stream().anyMatch(p -> "KOR".equals(p.country())));
        eventsOf("The authorities of South Korea are to blame for the collapse of the talks.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "KOR".equals(p.country())));
    }
}
