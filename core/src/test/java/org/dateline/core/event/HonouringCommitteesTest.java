package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Committees formed abroad to honour someone are their country's act of honouring, one per country (CODING.md
 * questions 118 and 127); a committee planned, one with no one honoured, and one in the honoured one's own country
 * are not. On sentences written for this test.
 */
class HonouringCommitteesTest {

    private static boolean honours(Event e, String country, String toWord) {
        return e.type() == EventType.SUPPORT && "017".equals(e.cameo())
                && e.actors().stream().anyMatch(p -> country.equals(p.country()) && "CVL".equals(p.sector()))
                && e.recipients().stream().anyMatch(p -> p.name().contains(toWord));
    }

    @Test void aCommitteeOfACountryFormedToMarkABirthdayIsThatCountrysActOfHonouring() {
        eventsOf("A preparatory committee of Peru for commemorating the birthday of Nelson Mandela was formed on Monday.")
                .anyMatch(e -> honours(e, "PER", "Mandela"));
    }

    @Test void committeesOfTwoCountriesFormedInTheirCapitalsAreTwoActs() {
        eventsOf("Preparatory committees of Chile and Ghana were formed in Santiago and Accra on Monday and Tuesday to"
                + " celebrate the birthday of Nelson Mandela.")
                .anyMatch(e -> honours(e, "CHL", "Mandela"))
                .anyMatch(e -> honours(e, "GHA", "Mandela"));
    }

    @Test void aSecondCommitteeToldWithoutItsVerbIsItsOwnCountrysAct() {
        eventsOf("A joint preparatory committee of Denmark for celebrating the birthday of Nelson Mandela was formed on"
                + " Monday and an Austrian preparatory committee on Tuesday.")
                .anyMatch(e -> honours(e, "DNK", "Mandela"))
                .anyMatch(e -> honours(e, "AUT", "Mandela"));
    }

    @Test void groupsThatSetUpACommitteeToMarkAnAnniversaryHonourTheOneItNames() {
        eventsOf("Peruvian friendship groups set up a committee on Monday to mark the anniversary of Nelson Mandela's release.")
                .anyMatch(e -> honours(e, "PER", "Mandela"));
    }

    @Test void oneCommitteeIsOneActOfItsCountryThoughTheCountryIsNamedTwice() {
        eventsOf("A Peruvian committee for celebrating the birthday of Nelson Mandela was formed in Lima on Monday.")
                .filteredOn(e -> "017".equals(e.cameo())).hasSize(1);
    }

    @Test void aCommitteeThatWillBeFormedIsAPlan() {
        eventsOf("A preparatory committee of Peru will be formed next month to celebrate the birthday of Nelson Mandela.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void aCommitteeFormedForTradeHonoursNoOne() {
        eventsOf("A committee of Peru for trade with Chile was formed on Monday.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void aCommitteeInTheHonouredOnesOwnCountryIsDomesticHonour() {
        eventsOf("A committee for celebrating the birthday of Nelson Mandela was formed in Pretoria on Monday.")
                .noneMatch(e -> "017".equals(e.cameo()));
    }

    @Test void aCommitteeOfACommunityAbroadIsNotItsHostCountrysAct() {
        eventsOf("A preparatory committee of the Association of Cuban Residents in Spain for celebrating the birthday of"
                + " Nelson Mandela was formed on Monday.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> "ESP".equals(p.country())));
    }
}
