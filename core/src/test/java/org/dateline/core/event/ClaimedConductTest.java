package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * (s52, issue 13) Conduct a speaker charges an accused party with, told inside the speaker's words in the perfect, the
 * progressive or with "continues to", is the accusation's content, no event of its own; a dated deed, a party no one
 * accused and a speaker's own deed stay events. On sentences written for this test.
 */
class ClaimedConductTest {

    @Test void conductTheStatementChargesAfterADenunciationIsNoEvent() {
        eventsOf("The Korean Peace Committee issued a statement on Monday denouncing the United States.\n\n"
                + "The United States has refused every proposal for dialogue and is pushing ahead with war exercises, "
                + "the statement said.")
                .anyMatch(e -> String.valueOf(e.type()).equals("ACCUSE"))
                .noneMatch(e -> String.valueOf(e.type()).equals("REJECT"));
    }

    @Test void conductInAThatClauseOfTheSpeakerIsNoEvent() {
        eventsOf("The Cuban delegate condemned the United States at the conference on Tuesday.\n\n"
                + "He said that the United States continues to broadcast television programs to Cuba from a military plane.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "CUB", "USA"))
                .noneMatch(e -> GoldEvents.actedBy(e, "AGREE", "USA") || GoldEvents.actedBy(e, "SUPPORT", "USA"));
    }

    @Test void aDatedDeedTheAccuserReportsStaysAnEvent() {
        eventsOf("The Palestinian health ministry denounced Israel on Monday.\n\n"
                + "Israeli forces destroyed the central communication system during a raid on Sunday, the ministry said.")
                .anyMatch(e -> GoldEvents.actedBy(e, "ASSAULT", "ISR"));
    }

    @Test void conductOfAPartyNoOneAccusedStaysAnEvent() {
        eventsOf("Secretary of State James Baker said on Monday that Jordan is seeking guidance on the trade embargo.")
                .anyMatch(e -> GoldEvents.actedBy(e, "REQUEST", "JOR"));
    }

    @Test void theSpeakersOwnDeedStaysAnEvent() {
        eventsOf("The Al-Qassam Brigades condemned Israel on Monday.\n\n"
                + "The Al-Qassam Brigades said on Tuesday that its fighters have clashed with an Israeli force in Gaza City.")
                .anyMatch(e -> String.valueOf(e.type()).equals("ASSAULT"));
    }
}
