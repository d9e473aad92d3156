package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.Accusations.assertAccuses;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Criticism told without a word of blame: comments dismissed and claims called baseless are criticised (ACCUSE 111);
 * blame placed or laid on someone and accusations raised accuse them (112). Concern is no criticism: it is as often
 * sympathy. (Anger or displeasure expressed at a party: WireSpeechActsTest.) Sentences written for this test.
 */
class VoicedDispleasureTest {
    private static List<Event> code(String body) { return GoldEvents.codeStoryFrom("Washington", body); }

    private static void assertCriticisedBy(List<Event> es, String actor) {
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE && "111".equals(e.cameo())
                && e.actors().stream().anyMatch(p -> p.name() != null && p.name().contains(actor)));
    }

    @Test void expressingConcernForVictimsIsNoCriticism() {
        List<Event> es = code("Senator Tom Marlow expressed concern for the victims of the floods.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test void dismissingARivalsCommentsCriticisesThem() {
        assertCriticisedBy(code("Senator Tom Marlow dismissed the governor's comments as nonsense."), "Marlow");
    }

    @Test void dismissingAnAccusationStillRejectsIt() {
        List<Event> es = code("The Brazilian foreign ministry dismissed the accusation as baseless.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REJECT);
    }

    @Test void placingTheBlameOnSomeoneAccusesThem() {
        assertAccuses(code("President Ali Hassan placed the blame on Colonel Omar Farah for the massacre."), "Hassan", "Farah");
    }

    @Test void raisingAccusationsAccuses() {
        List<Event> es = code("The Ohio Democratic Party raised accusations that the governor had misused state funds.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE && "112".equals(e.cameo()));
    }

    @Test void raisingFundsIsNoEvent() {
        List<Event> es = code("The Ohio Democratic Party raised funds for the children's hospital.");
        assertThat(es).as(GoldEvents.describe(es)).isEmpty();
    }

    @Test void callingARivalsClaimsBaselessCriticisesTheRival() {
        assertCriticisedBy(code("Senator Tom Marlow called the governor's claims baseless on Monday."), "Marlow");
    }

    @Test void callingARumourBaselessBlamesNoOne() {
        List<Event> es = code("Senator Tom Marlow called the rumours about the weather baseless.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }
}
