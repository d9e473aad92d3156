package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An act its doer is said to be unable to do ("the government cannot request the money", "could not confirm the claim") is
 * no act and no refusal. A refusal told with the same modal ("cannot accept the proposal") stays a rejection, and an
 * act done ("requested the money") stays an act. Sentences written for this test.
 */
class UnableToActTest {

    @Test
    void aRequestTheGovernmentCannotMakeIsNoRequest() {
        eventsOf("Under the deal, the government of Kenya cannot request money from the International Monetary Fund.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aRequestTheMinistryCouldNotMakeIsNoRequest() {
        eventsOf("The ministry of Peru could not request aid from Chile before the deadline.")
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void aProposalTheyCannotAcceptIsRejected() {
        eventsOf("Iran cannot accept the proposal of Qatar, the foreign minister said on Monday.")
                .anyMatch(e -> e.type() == EventType.REJECT);
    }

    @Test
    void aRequestMadeIsARequest() {
        eventsOf("The ministry of Peru requested aid from Chile on Monday.")
                .anyMatch(e -> e.type() == EventType.REQUEST);
    }
}
