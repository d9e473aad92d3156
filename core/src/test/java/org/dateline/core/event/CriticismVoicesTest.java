package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Who criticises whom when the report turns the sentence round, on sentences written for this test: a passive with its
 * agent ("Y was criticized by X") keeps X as the actor and Y as the recipient, and a participle of accusation after the
 * main clause (", accusing Y of Z") is the main subject's accusation of Y.
 */
class CriticismVoicesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aStateCriticizedByAnotherIsTheRecipientOfTheCriticism() {
        List<Event> es = code("Ecuador was criticized by Colombia on Monday over its border policy.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "COL", "ECU"));
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> GoldEvents.typed(e, "ACCUSE", "ECU", "COL"));
    }

    @Test void aGovernmentCondemnedByANeighbourIsTheRecipient() {
        List<Event> es = code("The Malian government was condemned by Senegal for the arrests on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "SEN", "MLI"));
    }

    @Test void aMinisterAccusedByAnotherStateIsTheRecipient() {
        List<Event> es = code("The Armenian defence minister was accused by Azerbaijan of violating the ceasefire.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "AZE", "ARM"));
    }

    @Test void aParticipleOfAccusationIsTheMainSubjectsAccusation() {
        List<Event> es = code("Uganda recalled its envoy from Rwanda on Friday, accusing Kigali of backing the rebels.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "UGA", "RWA"));
    }

    @Test void aParticipleOfAccusationAfterAStatementAccusesToo() {
        List<Event> es = code("The Ghanaian foreign minister issued a statement on Sunday, accusing Togo of harbouring rebels.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> GoldEvents.typed(e, "ACCUSE", "GHA", "TGO"));
    }

    @Test void theAccusedOfAParticipleIsNoAccuser() {
        List<Event> es = code("Peru closed its border with Bolivia on Monday, accusing La Paz of smuggling.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() != null && e.type().name().equals("ACCUSE")
                && e.actors().stream().anyMatch(p -> "BOL".equals(p.country())));
    }
}
