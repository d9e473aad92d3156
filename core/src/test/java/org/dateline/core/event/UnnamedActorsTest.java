package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Actors the text names by a common noun and no country, on sentences written for this test: of the country where
 * a domestic event happens ("farmers marched through Lisbon"), crowds of people included; and the toll of an attack
 * told by a participle ("..., killing ten") is that attack, not a second one.
 */
class UnnamedActorsTest {

    @Test
    void anActorWithoutACountryIsOfTheCountryWhereTheProtestHappened() {
        eventsOf("Thousands of farmers marched through Lisbon on Sunday against the new water tax.")
                .anyMatch(e -> e.type() == EventType.PROTEST
                        && e.actors().stream().anyMatch(p -> "PRT".equals(p.country())));
        eventsOf("Hundreds of people demonstrated in Caracas against the price rises.")
                .anyMatch(e -> e.type() == EventType.PROTEST
                        && e.actors().stream().anyMatch(p -> "VEN".equals(p.country())));
    }

    @Test
    void anActorTheTextGivesACountryKeepsIt() {
        eventsOf("Chilean students marched through Lima to protest against the border ruling.")
                .anyMatch(e -> e.type() == EventType.PROTEST
                        && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test
    void theTollOfAnAttackIsThatAttackNotASecondOne() {
        eventsOf("Kenyan police fired on protesters in Kisumu, killing three.")
                .hasSize(1).allMatch(e -> e.type() == EventType.ASSAULT);
        eventsOf("An aid convoy was ambushed by Somali militants near Baidoa, killing four drivers.")
                .hasSize(1).allMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void anActorWithoutACountryInASentenceThatNamesOnlyOneIsOfThatCountry() {
        eventsOf("Yemeni activists said government forces shelled the village of Hajar on Tuesday.")
                .anyMatch(e -> e.type() == EventType.ASSAULT
                        && e.actors().stream().anyMatch(p -> "YEM".equals(p.country())));
        // two countries named: which one is not said
        eventsOf("Yemeni activists said government forces shelled the Saudi border post on Tuesday.")
                .noneMatch(e -> e.actors().stream()
                        .anyMatch(p -> p.name().contains("government forces") && "YEM".equals(p.country())));
    }

    @Test
    void goingOnStrikeIsAProtest() {
        eventsOf("Thousands of Tunisian teachers went on strike on Monday.")
                .anyMatch(e -> e.type() == EventType.PROTEST
                        && e.actors().stream().anyMatch(p -> "TUN".equals(p.country())));
    }

    @Test
    void officialsByTheirRoleAreTheSidesOfAMeeting() {
        eventsOf("Cuban negotiators met with Colombian officials in Havana.")
                .anyMatch(e -> e.type() == EventType.CONSULT);
    }
}
