package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A stated intention is an AGREE only when what is intended is cooperative: the intention to do harm ("vowed to
 * retaliate", "is ready to impose sanctions") is a threat. Sentences written for this test.
 */
class IntentionsOfHarmTest {

    @Test
    void anIntentionToAttackOrPunishIsAThreat() {
        eventsOf("Armenia vowed to retaliate against Azerbaijan for the shelling of its villages.")
                .anyMatch(e -> e.type() == EventType.THREATEN)
                        .noneMatch(e -> e.type() == EventType.AGREE);
        eventsOf("Uruguay said it was ready to impose sanctions on Paraguay.")
                .anyMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void aVowOfHarmNamedByItsNounIsAThreatOfForce() {
        eventsOf("Israel vows continued war on Hamas.")
                .anyMatch(e -> e.type() == EventType.THREATEN && "138".equals(e.cameo()))
                        .noneMatch(e -> e.type() == EventType.AGREE);
        eventsOf("The army of Sudan vowed revenge against the rebels of Darfur.")
                .anyMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void anIntentionToHelpStaysAnAgreement() {
        eventsOf("Uruguay pledged to provide Paraguay with emergency loans.")
                .anyMatch(e -> e.type() == EventType.AGREE)
                        .noneMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void anIntentionToldByAVerbOfPlanningIsAnIntentionToo() {
        eventsOf("Poland plans to impose tariffs on Ukrainian grain.")
                .anyMatch(e -> e.type() == EventType.THREATEN)
                        .noneMatch(e -> e.type() == EventType.COERCE);
        eventsOf("Poland plans to provide Ukraine with more tanks.").anyMatch(e -> e.type() == EventType.AGREE);
    }

    @Test
    void anActAnnouncedOnAConditionTheOtherSideMustMeetIsAThreat() {
        eventsOf("Kenya will withdraw its troops from Somalia unless the African Union pays their salaries.")
                .anyMatch(e -> e.type() == EventType.THREATEN);
        eventsOf("Kenya will withdraw its troops from Somalia next year.")
                .noneMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void acceptingOrMeetingADemandIsYieldingToIt() {
        eventsOf("The Malian government accepted the demands of the Tuareg rebels.")
                .anyMatch(e -> e.type() == EventType.CONCEDE);
        eventsOf("The Chadian government met the strikers' demands on Friday.")
                .anyMatch(e -> e.type() == EventType.CONCEDE)
                        .noneMatch(e -> e.type() == EventType.CONSULT);
    }
    @Test
    void punishmentOrABlowTheSpeakersSideWillDealAPartyIsAThreat() {
        eventsOf("The army of Peru will mete out merciless punishment to the rebels of Chile, the minister said.")
                .anyMatch(e -> e.type() == EventType.THREATEN)
                        .noneMatch(e -> e.type() == EventType.COERCE);
        eventsOf("The army of Peru will deal a deadly blow to the rebels of Chile, the minister said.")
                .anyMatch(e -> e.type() == EventType.THREATEN && "138".equals(e.cameo()));
    }

    @Test
    void aBlowDealtOrAPunishmentMetedOutIsTheActItselfNotAThreat() {
        eventsOf("In 1950 the army of Peru dealt a heavy blow to the rebels of Chile.")
                .noneMatch(e -> e.type() == EventType.THREATEN);
        eventsOf("The army of Peru will deal with the rebels of Chile, the minister said.")
                .noneMatch(e -> e.type() == EventType.THREATEN);
    }

    @Test
    void aPunishmentNamedOnlyByTheParticipleQualifyingItIsBackground() {
        eventsOf("The union of Peru said on Monday that the punishment meted out to its leader was unjust.")
                .noneMatch(e -> e.type() == EventType.COERCE);
        eventsOf("The army of Peru will deal a merciless punishment at the rebels of Chile, the minister said.")
                .anyMatch(e -> e.type() == EventType.THREATEN);
    }
}
