package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An infinitive of purpose or intent names an aim, not an act that happened: a material act so named is no event
 * of its own; an infinitive under a status word, an implicative verb, or a verbal act the governing act performs
 * still is.
 */
class PurposesTest {
    private static List<EventType> types(String body) {
        return GoldEvents.codeStory(body).stream().map(Event::type).toList();
    }

    @Test
    void theAimOfTalksIsNoAgreementOfItsOwn() {
        assertThat(types("Ghana and Togo held talks in Accra to settle their border dispute."))
                .contains(EventType.CONSULT).doesNotContain(EventType.AGREE);
    }

    @Test
    void anAttackThatIsTheAimOfAJourneyIsNoAttack() {
        assertThat(types("Three gunmen crossed into Niger to kill the mayor of Agadez.")).doesNotContain(EventType.ASSAULT);
    }

    @Test
    void aClauseMarkedAsPurposeIsNoEventWhateverGovernsIt() {
        assertThat(types("The villagers dug trenches in order to protect the refugees from the militia."))
                .doesNotContain(EventType.AID);
        assertThat(types("The army took positions near the town so as to attack the rebels."))
                .doesNotContain(EventType.ASSAULT);
    }

    @Test
    void anInfinitiveOnANounOfEffortIsItsAimNotAnAct() {
        assertThat(types("The army of Mali launched a campaign to defeat the Tuareg rebels."))
                .doesNotContain(EventType.ASSAULT);
    }

    @Test
    void seekingToDoSomethingIsAnEffortNotARequest() {
        assertThat(types("The rebels of Chad sought to overthrow the government in N'Djamena."))
                .doesNotContain(EventType.REQUEST, EventType.ASSAULT);
        assertThat(types("Ghana sought financial aid from the International Monetary Fund.")).contains(EventType.REQUEST);
    }

    @Test
    void anInfinitiveUnderAnImplicativeVerbHappened() {
        assertThat(types("The rebels managed to seize the airport of Goma.")).contains(EventType.COERCE);
        assertThat(types("Chadian troops were forced to withdraw from the border town.")).contains(EventType.RETREAT);
    }

    @Test
    void anAttemptIsCodedAsTheActAttempted() {
        assertThat(types("An attempt to assassinate the governor of Kano was foiled by the police."))
                .contains(EventType.ASSAULT);
    }

    @Test
    void aStatedIntentionStaysAnIntention() {
        assertThat(types("Kenya plans to impose sanctions on Somalia.")).isNotEmpty();
        assertThat(types("The Kurdish fighters have sworn to fight until they take the town."))
                .contains(EventType.THREATEN).doesNotContain(EventType.ASSAULT);
    }

    @Test
    void aMeetingThatIsThePurposeOfAnArrivalOrAVisitIsItsOccasionNotAPlan() {
        List<Event> arrived = GoldEvents.codeStory(
                "The prime minister of Mali arrived in Dakar on Monday to hold talks with President Faye of Senegal.");
        assertThat(arrived.stream().filter(e -> "talks".equals(e.trigger())).map(Event::status))
                .containsExactly(EventStatus.OCCURRED);
        List<Event> visited = GoldEvents.codeStory(
                "The foreign minister of Chile visited Lima last week to exchange views with the foreign minister of Peru.");
        assertThat(visited.stream().filter(e -> e.type() == EventType.CONSULT).map(Event::status))
                .doesNotContain(EventStatus.PLANNED);
    }

    @Test
    void aMeetingThatIsTheAimOfAJourneyIsStillAhead() {
        List<Event> events = GoldEvents.codeStory("The foreign minister of Peru flew to Quito to meet President Lasso of Ecuador.");
        assertThat(events.stream().filter(e -> "meet".equals(e.trigger())).map(Event::status))
                .containsExactly(EventStatus.PLANNED);
    }

    @Test
    void aPerfectPassiveInfinitiveTellsOfThePast() {
        List<Event> events = GoldEvents.codeStory("The journalist is believed to have been killed by the rebels in Darfur.");
        assertThat(events.stream().filter(e -> e.type() == EventType.ASSAULT).map(Event::status))
                .isNotEmpty().allMatch(s -> s == EventStatus.OCCURRED);
    }
}
