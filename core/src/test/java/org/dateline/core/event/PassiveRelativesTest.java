package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An event told inside a noun phrase by a passive relative clause with its doer ("an amendment that was vetoed by X",
 * "the sanctions imposed on Iran by X"), groups named by a hyphened leader ("a U.S.-led coalition"), and things a
 * film or book captures. Sentences written for this test.
 */
class PassiveRelativesTest {
    @Test void anAmendmentThatWasVetoedByAStateIsThatStatesRejection() {
        eventsOf("Russia proposed an amendment that was vetoed by the United States on Friday.")
                .anyMatch(e -> GoldEvents.actedBy(e, "REJECT", "USA"));
    }

    @Test void theStateThatVetoedAProposalIsNoOneTheProposalIsMadeTo() {
        eventsOf("Russia proposed an amendment that was vetoed by the United States on Friday.")
                .noneMatch(e -> e.trigger().equals("proposed") && e.recipients().stream().anyMatch(p -> "USA".equals(p.country())));
    }

    @Test void sanctionsImposedOnAStateByTheUnionAreTheUnionsAct() {
        eventsOf("The sanctions imposed on Iran by the European Union hurt its economy.")
                .anyMatch(e -> e.actors().stream().anyMatch(p -> p.name().contains("European Union"))
                        && e.recipients().stream().anyMatch(p -> "IRN".equals(p.country())));
    }

    @Test void aCoalitionLedByAHyphenedStateIsThatStatesForce() {
        eventsOf("A U.S.-led coalition bombed the city on Sunday.").anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "USA"));
    }

    @Test void forcesLedByAHyphenedStateActForIt() {
        eventsOf("Kenya-led police forces attacked the gangs on Monday.").anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "KEN"));
    }

    @Test void aFilmCapturingTheLifeOfASoldierSeizesNothing() {
        eventsOf("The film captures the life of a soldier.").noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void troopsCapturingATownStillTakeIt() {
        eventsOf("Troops captured the town on Monday.").anyMatch(e -> e.type() == EventType.ASSAULT);
    }
}
