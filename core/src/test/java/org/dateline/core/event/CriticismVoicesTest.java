package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.junit.jupiter.api.Test;

/**
 * Who criticises whom when the report turns the sentence round, on sentences written for this test: a passive with its
 * agent ("Y was criticized by X") keeps X as the actor and Y as the recipient, and a participle of accusation after the
 * main clause (", accusing Y of Z") is the main subject's accusation of Y.
 */
class CriticismVoicesTest {

    @Test void aStateCriticizedByAnotherIsTheRecipientOfTheCriticism() {
        eventsOf("Ecuador was criticized by Colombia on Monday over its border policy.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "COL", "ECU"))
                .noneMatch(e -> GoldEvents.typed(e, "ACCUSE", "ECU", "COL"));
    }

    @Test void aGovernmentCondemnedByANeighbourIsTheRecipient() {
        eventsOf("The Malian government was condemned by Senegal for the arrests on Tuesday.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "SEN", "MLI"));
    }

    @Test void aMinisterAccusedByAnotherStateIsTheRecipient() {
        eventsOf("The Armenian defence minister was accused by Azerbaijan of violating the ceasefire.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "AZE", "ARM"));
    }

    @Test void aParticipleOfAccusationIsTheMainSubjectsAccusation() {
        eventsOf("Uganda recalled its envoy from Rwanda on Friday, accusing Kigali of backing the rebels.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "UGA", "RWA"));
    }

    @Test void aParticipleOfAccusationAfterAStatementAccusesToo() {
        eventsOf("The Ghanaian foreign minister issued a statement on Sunday, accusing Togo of harbouring rebels.")
                .anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "GHA", "TGO"));
    }

    @Test void theAccusedOfAParticipleIsNoAccuser() {
        eventsOf("Peru closed its border with Bolivia on Monday, accusing La Paz of smuggling.")
                .noneMatch(e -> e.type() != null && e.type().name().equals("ACCUSE")
                        && e.actors().stream().anyMatch(p -> "BOL".equals(p.country())));
    }
}
