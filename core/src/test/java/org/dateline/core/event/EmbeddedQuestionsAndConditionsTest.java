package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An act inside an embedded question ("wondered if", "to see if", "it remains to be seen what X will do")
 * is not asserted, as a direct yes/no question asserts nothing; an intention or a refusal named inside a condition
 * ("if it intends to attack") is stated by no one, and the act it names is only possible. Sentences written for this
 * test.
 */
class EmbeddedQuestionsAndConditionsTest {

    @Test
    void aMeetingAnAnalystWondersAboutIsNotAsserted() {
        eventsOf("Analysts in Nairobi wondered if the presidents of Kenya and Uganda will ever hold talks on the border.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void anAttackSomeoneWentToSeeAboutIsNotAsserted() {
        eventsOf("The officer went from house to house to see if rebels of the FDLR were there to attack the villagers.")
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void whatAStateWillAttackRemainingToBeSeenIsNoThreatAndNoAttack() {
        eventsOf("It remains to be seen exactly which towns Russia will attack with its new missiles.")
                .noneMatch(e -> e.type() == EventType.ASSAULT || e.type() == EventType.THREATEN);
        eventsOf("It is unclear whether Egypt will send troops to the Sudanese border.")
                .noneMatch(e -> e.type() == EventType.MOBILIZE);
    }

    @Test
    void whatOfficialsWillCheckIsNotAsserted() {
        eventsOf("Officials of Kenya will check if the troops of Uganda withdrew from the border.")
                .noneMatch(e -> e.type() == EventType.RETREAT);
    }

    @Test
    void aMeetingBesideTheQuestionStillHappened() {
        eventsOf("The president of Kenya met the president of Uganda in Nairobi on Monday, and analysts wondered if "
                + "the two will ever sign a border treaty.")
                .anyMatch(e -> e.type() == EventType.CONSULT)
                .noneMatch(e -> e.type() == EventType.SUPPORT && EventStatus.OCCURRED.equals(e.status()));
    }

    @Test
    void anIntentionNamedInAConditionIsNoThreatByItsSubject() {
        eventsOf("The prime minister of Pakistan said it will not provide bases to the United States if Washington "
                + "intends to attack Iran.")
                .noneMatch(e -> e.type() == EventType.THREATEN
                        && e.actors().stream().anyMatch(p -> "USA".equals(p.country())))
                .allMatch(e -> e.type() != EventType.ASSAULT || EventStatus.POSSIBLE.equals(e.status()));
    }

    @Test
    void aRefusalNamedInAConditionIsNoRefusal() {
        eventsOf("Talks with the union of Peru will be pointless if the government of Chile will not accept the treaty.")
                .noneMatch(e -> e.type() == EventType.REJECT && EventStatus.OCCURRED.equals(e.status()));
    }

    @Test
    void aThreatWhoseConditionIsTheOtherSidesActStaysAThreat() {
        eventsOf("The defence minister of Iran said on Monday that it would strike the bases of Israel if Israel "
                + "attacks its nuclear sites.")
                .anyMatch(e -> e.type() == EventType.THREATEN && e.actors().stream().anyMatch(p -> "IRN".equals(p.country())));
        eventsOf("The army of Kenya said it will attack the camps if the rebels of al-Shabaab refuse to leave.")
                .anyMatch(e -> e.type() == EventType.THREATEN && e.actors().stream().anyMatch(p -> "KEN".equals(p.country())));
    }
}
