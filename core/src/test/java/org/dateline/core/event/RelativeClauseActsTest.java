package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An offer or wish told in a relative clause on a noun of another clause ("the talks that X proposed") takes its
 * parties from its own clause and the noun's own phrases, never from the subject of the clause that mentions the noun
 * (a document, its issuer, a critic); on sentences written for this test.
 */
class RelativeClauseActsTest {

    private static boolean offerBy(Event e, String country) {
        return String.valueOf(e.type()).equals("AGREE") && e.actors().stream().anyMatch(p -> country.equals(p.country()));
    }

    @Test void aStatementSilentOnAnOfferIsNotWhomItWasMadeTo() {
        eventsOf("A spokesman for the Cuban foreign ministry said in a statement that Havana would not negotiate.\n\n"
                + "The statement made no mention of the talks that Cuba proposed last month.")
                .anyMatch(e -> offerBy(e, "CUB"))
                .noneMatch(e -> offerBy(e, "CUB") && e.recipients().stream().anyMatch(p -> "CUB".equals(p.country())));
    }

    @Test void aCriticOfTheProposedTalksIsNotWhomTheyWereProposedTo() {
        eventsOf("The Peruvian opposition leader Jorge Ramos criticized the talks that Chile proposed on Monday.")
                .anyMatch(e -> offerBy(e, "CHL"))
                .noneMatch(e -> offerBy(e, "CHL") && e.recipients().stream().anyMatch(p -> p.name().contains("Ramos")));
    }

    @Test void theNounsOwnPartnerStaysTheOtherSide() {
        eventsOf("The statement made no mention of the talks with Bolivia that Chile proposed last week.")
                .anyMatch(e -> offerBy(e, "CHL") && e.recipients().stream().anyMatch(p -> "BOL".equals(p.country())));
    }
}
