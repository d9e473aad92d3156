package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * Bodies named by their kind ("civic organizations of Chile", "the association") and people the tagger
 * did not know, told by the office an appositive gives them ("X, director-general of the institute"), act: their
 * statements, rallies and demands are events. Invented sentences.
 */
class OrganisedBodiesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    private static boolean by(Event e, EventType type, String country, String sector) {
        return e.type() == type && e.actors().stream().anyMatch(p -> country.equals(p.country()) && sector.equals(p.sector()));
    }

    @Test void organizationsOfACountryHoldingARallyProtestAsThatCountrysCivicBodies() {
        assertThat(code("Civic organizations of Chile held a rally in Santiago on Monday to denounce the government of Sebastian Pinera."))
                .anyMatch(e -> by(e, EventType.PROTEST, "CHL", "CVL"));
    }

    @Test void anAssociationIssuingAStatementDenouncingAGovernmentAccusesIt() {
        assertThat(code("The association issued a statement on Monday denouncing the Japanese government."))
                .anyMatch(e -> e.type() == EventType.ACCUSE && e.actors().stream().anyMatch(p -> "CVL".equals(p.sector()))
                        && e.recipients().stream().anyMatch(p -> "JPN".equals(p.country())));
    }

    @Test void aNameTheTaggerMissedIsAPersonByTheOfficeItsAppositiveGives() {
        List<Event> es = code("Vishwanath, director-general of the Asian Institute of Labour Studies, issued a statement on Friday accusing the Japanese government of lying.");
        assertThat(es).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().map(Participant::name).anyMatch("Vishwanath"::equals));
    }

    @Test void aPlaceWithAnAppositiveThatIsNoOfficeIsNoPerson() {
        // guard: "capital" is no office: the city stays a place, the state's seat
        assertThat(GoldEvents.everyone(code("Lima, capital of the country, hosted talks between the Chilean and Bolivian envoys on Monday.")))
                .noneMatch(p -> p.name().equals("Lima") && p.country() == null);
    }

    @Test void societyAtLargeIsNoOrganisedBody() {
        // guard: "society" is left out of the bodies: "prompted society to demand" is the public, not an association
        assertThat(GoldEvents.everyone(code("The scandal prompted society to demand a clarification of the truth.")))
                .noneMatch(p -> p.name().toLowerCase(java.util.Locale.ROOT).contains("society"));
    }
}
