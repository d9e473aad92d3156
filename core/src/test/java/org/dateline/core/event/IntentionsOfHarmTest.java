package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A stated intention is an AGREE only when what is intended is cooperative: the intention to do harm ("vowed to
 * retaliate", "is ready to impose sanctions") is a threat. Sentences written for this test.
 */
class IntentionsOfHarmTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void anIntentionToAttackOrPunishIsAThreat() {
        List<Event> es = code("Armenia vowed to retaliate against Azerbaijan for the shelling of its villages.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.THREATEN)
                .noneMatch(e -> e.type() == EventType.AGREE);
        es = code("Uruguay said it was ready to impose sanctions on Paraguay.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void aVowOfHarmNamedByItsNounIsAThreatOfForce() {
        List<Event> es = code("Israel vows continued war on Hamas.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.THREATEN && "138".equals(e.cameo()))
                .noneMatch(e -> e.type() == EventType.AGREE);
        es = code("The army of Sudan vowed revenge against the rebels of Darfur.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void anIntentionToHelpStaysAnAgreement() {
        List<Event> es = code("Uruguay pledged to provide Paraguay with emergency loans.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.AGREE)
                .noneMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void anIntentionToldByAVerbOfPlanningIsAnIntentionToo() {
        List<Event> es = code("Poland plans to impose tariffs on Ukrainian grain.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.THREATEN)
                .noneMatch(e -> e.type() == EventType.COERCE);
        es = code("Poland plans to provide Ukraine with more tanks.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.AGREE);
    }

    @Test
    void anActAnnouncedOnAConditionTheOtherSideMustMeetIsAThreat() {
        List<Event> es = code("Kenya will withdraw its troops from Somalia unless the African Union pays their salaries.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.THREATEN);
        es = code("Kenya will withdraw its troops from Somalia next year.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void acceptingOrMeetingADemandIsYieldingToIt() {
        List<Event> es = code("The Malian government accepted the demands of the Tuareg rebels.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.CONCEDE);
        es = code("The Chadian government met the strikers' demands on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.CONCEDE)
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }
}
