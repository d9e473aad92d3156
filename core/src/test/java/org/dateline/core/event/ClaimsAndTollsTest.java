package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An act told only inside someone's allegation is the allegation, not a second event, while an act a speaker simply
 * reports stays coded; and the wounded of an attack told beside its dead are its toll, not a second attack.
 * Invented sentences.
 */
class ClaimsAndTollsTest {

    @Test void anActInsideAnAccusationIsNoEventOfItsOwn() {
        eventsOf("Lawyers for the family raised accusations that the governor had mistreated prisoners in the jail.")
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void anActSomeoneClaimsIsTheirAccusationAlone() {
        eventsOf("Peru has claimed that Bolivia was undermining the border talks.")
                .noneMatch(e -> e.type() == EventType.SANCTION);
    }

    @Test void anActAReporterAttributesWithSaidStaysCoded() {
        eventsOf("The Peruvian army said Bolivian troops had shelled the border town of Desaguadero on Monday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void theWoundedOfAnAttackAreItsTollNotASecondAttack() {
        eventsOf("Rebel fighters killed three Chadian soldiers and seriously wounded six others on Monday.")
                .filteredOn(e -> e.type() == EventType.ASSAULT).hasSize(1);
        eventsOf("At least 75 people were killed and 1,643 wounded in the bombing of the Peruvian embassy.")
                .filteredOn(e -> e.type() == EventType.ASSAULT).hasSize(1);
    }

    @Test void woundingToldAloneIsTheAttack() {
        eventsOf("Rebel fighters wounded six Chadian soldiers near the border on Monday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aClaimOfOnesOwnDeedReportsTheDeed() {
        eventsOf("The Chadian rebel group claimed on Monday that it had killed ten Chadian soldiers near Abeche.")
                .anyMatch(e -> e.type() == EventType.ASSAULT);
    }
}
