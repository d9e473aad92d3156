package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Actors the text names by a common noun and no country, on sentences written for this test: of the country where
 * a domestic event happens ("farmers marched through Lisbon"), crowds of people included; and the toll of an attack
 * told by a participle ("..., killing ten") is that attack, not a second one.
 */
class UnnamedActorsTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test
    void anActorWithoutACountryIsOfTheCountryWhereTheProtestHappened() {
        List<Event> es = code("Thousands of farmers marched through Lisbon on Sunday against the new water tax.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.PROTEST
                && e.actors().stream().anyMatch(p -> "PRT".equals(p.country())));
        es = code("Hundreds of people demonstrated in Caracas against the price rises.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.PROTEST
                && e.actors().stream().anyMatch(p -> "VEN".equals(p.country())));
    }

    @Test
    void anActorTheTextGivesACountryKeepsIt() {
        List<Event> es = code("Chilean students marched through Lima to protest against the border ruling.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.PROTEST
                && e.actors().stream().anyMatch(p -> "CHL".equals(p.country())));
    }

    @Test
    void theTollOfAnAttackIsThatAttackNotASecondOne() {
        List<Event> es = code("Kenyan police fired on protesters in Kisumu, killing three.");
        assertThat(es).as(GoldEvents.describe(es)).hasSize(1).allMatch(e -> e.type() == EventType.ASSAULT);
        es = code("An aid convoy was ambushed by Somali militants near Baidoa, killing four drivers.");
        assertThat(es).as(GoldEvents.describe(es)).hasSize(1).allMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void anActorWithoutACountryInASentenceThatNamesOnlyOneIsOfThatCountry() {
        List<Event> es = code("Yemeni activists said government forces shelled the village of Hajar on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ASSAULT
                && e.actors().stream().anyMatch(p -> "YEM".equals(p.country())));
        // two countries named: which one is not said
        es = code("Yemeni activists said government forces shelled the Saudi border post on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.actors().stream()
                .anyMatch(p -> p.name().contains("government forces") && "YEM".equals(p.country())));
    }

    @Test
    void goingOnStrikeIsAProtest() {
        List<Event> es = code("Thousands of Tunisian teachers went on strike on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.PROTEST
                && e.actors().stream().anyMatch(p -> "TUN".equals(p.country())));
    }

    @Test
    void officialsByTheirRoleAreTheSidesOfAMeeting() {
        List<Event> es = code("Cuban negotiators met with Colombian officials in Havana.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.CONSULT);
    }
}
