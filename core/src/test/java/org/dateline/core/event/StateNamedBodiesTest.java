package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.function.Predicate;

import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * A state's word inside a body's capitalised name places the body, which acts with its own sector, not the state's
 * government; on sentences and bodies written for this test.
 */
class StateNamedBodiesTest {
    private static Predicate<Event> actedBy(String country, String sector) {
        return e -> e.actors().stream().anyMatch(p -> country.equals(p.country()) && sector.equals(p.sector()));
    }

    private static Predicate<Event> actedByTheStateItself(String country) {
        return e -> e.actors().stream().anyMatch(p -> country.equals(p.country()) && "GOV".equals(p.sector()));
    }

    @Test void aStudyCentreNamedWithANationalityActsAsACivicBody() {
        eventsOf("The Chilean Centre for the Study of Folk Music denounced the mining company on Monday.")
                .anyMatch(actedBy("CHL", "CVL")).noneMatch(actedByTheStateItself("CHL"));
    }

    @Test void aSocietyNamedWithANationalityIsTheAgentOfAPassive() {
        eventsOf("A letter of protest was sent to the mining company by the Peruvian Society for Clean Water on Monday.")
                .noneMatch(actedByTheStateItself("PER"));
    }

    @Test void aSchoolNamedWithANationalityIsASchool() {
        eventsOf("The Bolivian Academy of Sciences criticized the government's budget on Monday.")
                .anyMatch(actedBy("BOL", "EDU")).noneMatch(actedByTheStateItself("BOL"));
    }

    @Test void aFriendshipAssociationNamedWithAStatesNameIsCivic() {
        eventsOf("The Nepal Friendship Association praised the Korean people on Monday.")
                .anyMatch(actedBy("NPL", "CVL")).noneMatch(actedByTheStateItself("NPL"));
    }

    @Test void aBodyInARelativeClauseKeepsItsOwnSector() {
        eventsOf("The rally, which the Kenyan Association for Human Rights organized, condemned the police on Monday.")
                .noneMatch(actedByTheStateItself("KEN"));
    }

    @Test void aStatesMinistryNamedWithANationalityStaysTheState() {
        eventsOf("The Chilean Ministry of Defence denounced the rebels on Monday.")
                .noneMatch(e -> e.actors().stream().map(Participant::sector).anyMatch("CVL"::equals));
    }

    @Test void aDelegationWithANationalityIsNoNamedBody() {
        eventsOf("The Chilean delegation denounced the mining company on Monday.")
                .noneMatch(e -> e.actors().stream().map(Participant::sector).anyMatch(s -> "CVL".equals(s) || "EDU".equals(s)));
    }

    @Test void aBodyDescribedInLowerCaseIsNotReadAsAName() {
        eventsOf("A Chilean study centre denounced the mining company on Monday.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> p.name() != null && p.name().contains("Chilean study")));
    }
}
