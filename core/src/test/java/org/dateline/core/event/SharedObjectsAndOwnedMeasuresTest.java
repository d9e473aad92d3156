package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A second verb's object pronoun standing for the first verb's object ("arrested two men and charged them"), a measure
 * named with its imposer and target and no verb ("U.S. sanctions on Russia"), and harm done to fortunes, not people
 * ("hurt its economy"). Sentences written for this test.
 */
class SharedObjectsAndOwnedMeasuresTest {
    @Test void menArrestedAndChargedAreChargedThemselves() {
        List<Event> es = GoldEvents.codeStoryFrom("Washington", "Police arrested two men and charged them with murder on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE && e.recipients().stream().anyMatch(p -> p.name().contains("two men")));
    }

    @Test void aPresidentWhoMetAndThankedAPremierThanksThePremier() {
        eventsOf("The president met the prime minister on Monday and thanked him for his support.")
                .anyMatch(e -> e.trigger().equals("thanked") && e.recipients().stream().anyMatch(p -> p.name().contains("prime minister")));
    }

    @Test void aSecondVerbWithItsOwnSubjectKeepsItsOwnPronoun() {
        eventsOf("Police arrested two men and the court charged them with murder on Monday.")
                .noneMatch(e -> e.trigger().equals("charged") && e.actors().stream().anyMatch(p -> p.name().contains("Police")));
    }

    @Test void sanctionsNamedWithTheirImposerAndTargetAreItsMeasure() {
        eventsOf("U.S. sanctions on Russia have hurt its economy.").anyMatch(e -> GoldEvents.typed(e, "COERCE", "USA", "RUS"));
    }

    @Test void anEmbargoOwnedByTheUnionIsTheUnionsMeasure() {
        eventsOf("The European Union's embargo on Russian oil took effect on Monday.")
                .anyMatch(e -> e.trigger().equals("embargo") && e.recipients().stream().anyMatch(p -> "RUS".equals(p.country())));
    }

    @Test void sanctionsThatAreLiftedAreNoNewMeasure() {
        eventsOf("Biden lifted U.S. sanctions on Venezuela on Monday.").noneMatch(e -> e.trigger().equals("sanctions"));
    }

    @Test void sanctionsHurtingAnEconomyAttackNoOne() {
        eventsOf("U.S. sanctions on Russia have hurt its economy.").noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test void aBlastHurtingPeopleStillHarmsThem() {
        eventsOf("A bomb hurt ten people in Baghdad on Monday.").anyMatch(e -> e.type() == EventType.ASSAULT);
    }
}
