package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A relative pronoun inside a partitive ("members of X, the majority of whom have ...") stands for the nominal before
 * the partitive. When the parser hangs the relative clause on the partitive itself, the part would be its own
 * antecedent and the participant search went round in a circle until the stack overflowed (a KCNA story of 2011 was
 * stored without annotations). Sentences written for this test.
 */
class PartitiveRelativesTest {
    @Test void aPartitiveRelativeDoesNotSendTheParticipantSearchRoundInACircle() {
        eventsOf("The minister spoke to delegates of the regional alliance, the majority of whom have backed the peace"
                + " plan, the ministry said.")
                .anyMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void theSentenceAroundAPartitiveRelativeIsStillCoded() {
        eventsOf("The Kenyan opposition criticised delegates of the Socialist Party, the majority of whom have backed the budget.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.recipients().stream().anyMatch(p -> p.name().contains("delegates")));
    }
}
