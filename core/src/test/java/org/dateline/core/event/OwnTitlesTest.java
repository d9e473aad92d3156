package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A holder named only by his office belongs to the state his own title names, down its "of" chain, and not to the
 * sentence's other states; an "anti-" adjective in the title names his foe. Sentences invented for these tests.
 */
class OwnTitlesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void aMinisterOfAPortfolioOfAStateIsOfThatState() {
        List<Event> es = code("The minister of Fisheries and Forests of Malaysia praised the Indian plan on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> "MYS".equals(p.country())));
    }

    @Test void aCommanderOfAUnitWithANationalityIsOfThatNation() {
        List<Event> es = code("In 1938 the commander of a Mongolian cavalry unit asked the Soviet general for help.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.REQUEST
                && e.actors().stream().anyMatch(p -> "MNG".equals(p.country())));
    }

    @Test void anAntiAdjectiveNamesTheFoeNotTheHolder() {
        List<Event> es = code("In 1938 the commander of an anti-Japanese guerrilla unit asked the villagers for food.");
        assertThat(es).as(GoldEvents.describe(es)).allMatch(e -> e.actors().stream()
                .noneMatch(p -> "JPN".equals(p.country())));
    }

    @Test void aNamedHolderStillTakesTheStateBeforeHisName() {
        // guard: a nationality written before the name wins over the chain of the office
        List<Event> es = code("Chilean Ambassador Ana Ruiz praised the minister of Trade of Peru on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> p.name().contains("Ruiz") && "CHL".equals(p.country())));
    }
}
