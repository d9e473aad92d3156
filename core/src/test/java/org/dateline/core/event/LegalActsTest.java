package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Acts of law in local crime and court news, which rarely names the state it is set in: an agentless passive arrest,
 * charge or verdict stands with no actor ({@link AgentlessActs}); the officers of a court or a case act by their
 * office ("the judge", "prosecutors", "detectives"); a verdict or a sentence is a finding of guilt (ACCUSE 116).
 * Invented sentences.
 */
class LegalActsTest {
    private static boolean agentless(Event e, EventType type) {
        return e.type() == type && e.actors().isEmpty() && !e.recipients().isEmpty();
    }

    private static boolean actedByNoun(Event e, EventType type, String noun, String sector) {
        return e.type() == type && e.actors().stream()
                .anyMatch(p -> p.name().toLowerCase().contains(noun) && sector.equals(p.sector()));
    }

    @Test void aConvictionToldInThePassiveStandsWithNoActor() {
        List<Event> es = GoldEvents.codeStory("The bus driver was convicted of dangerous driving on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> agentless(e, EventType.ACCUSE) && "116".equals(e.cameo()));
    }

    @Test void beingTakenIntoCustodyIsAnArrest() {
        List<Event> es = GoldEvents.codeStory("A teacher was taken into custody after the brawl at the stadium.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> agentless(e, EventType.COERCE));
    }

    @Test void aSecondParticipleSharesThePassiveSubject() {
        List<Event> es = GoldEvents.codeStory("She was arrested and charged with theft.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> agentless(e, EventType.COERCE))
                .anyMatch(e -> agentless(e, EventType.ACCUSE));
    }

    @Test void anArrestInARelativeClauseIsBackgroundAndNoEvent() {
        List<Event> es = GoldEvents.codeStory("The man who was arrested in 2019 now runs a bakery in the old town.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.COERCE);
    }

    @Test void anAgentlessCriticismIsNoStateAct() {
        List<Event> es = GoldEvents.codeStory("The singer was criticised for her remarks about the festival.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE && e.actors().isEmpty());
    }

    @Test void theJudgeActsByOfficeWhereTheStoryNamesNoState() {
        List<Event> es = GoldEvents.codeStory("The magistrate jailed the driver for three months.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> actedByNoun(e, EventType.COERCE, "magistrate", "JUD"));
    }

    @Test void prosecutorsBringTheCharge() {
        List<Event> es = GoldEvents.codeStory("Prosecutors charged the former treasurer with embezzlement.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> actedByNoun(e, EventType.ACCUSE, "prosecutors", "JUD"));
    }

    @Test void detectivesMakeTheArrest() {
        List<Event> es = GoldEvents.codeStory("Detectives arrested a suspect at a motel on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> actedByNoun(e, EventType.COERCE, "detectives", "COP"));
    }

    @Test void aSentenceIsAFindingOfGuilt() {
        List<Event> es = GoldEvents.codeStory("The court sentenced the treasurer to four years in prison.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> actedByNoun(e, EventType.ACCUSE, "court", "JUD")
                && "116".equals(e.cameo()));
    }
}
