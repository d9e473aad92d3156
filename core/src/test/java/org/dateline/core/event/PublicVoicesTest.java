package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The actors of everyday general news that have no state of their own or name a government by its seat: voices of
 * public debate ("critics", "analysts") toward a public party, lawyers speaking for their client, and seats or
 * departments of government named alone ("Downing Street", "the Justice Department"). Sentences written for this test.
 */
class PublicVoicesTest {
    private static List<Event> code(String body) { return GoldEvents.codeStory(body); }

    @Test void criticsAccusingAGovernmentAreTheAccusers() {
        List<Event> es = code("Critics accused the Peruvian government of ignoring the floods on Monday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().equalsIgnoreCase("critics"))
                && e.recipients().stream().anyMatch(p -> "PER".equals(p.country())));
    }

    @Test void analystsBlamingACentralBankAccuseIt() {
        List<Event> es = code("Analysts blamed the Bank of Japan for the weak yen on Friday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().equalsIgnoreCase("analysts")));
    }

    @Test void expertsGivingAdviceToNoPublicPartyMakeNoEvent() {
        List<Event> es = code("Experts suggest starting with a short walk every morning.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.actors().stream().anyMatch(p -> p.name().equalsIgnoreCase("experts")));
    }

    @Test void aMagazineTalkingToDesignersAndExpertsHoldsNoMeeting() {
        List<Event> es = code("The magazine spoke with designers, architects and experts about open-plan offices.");
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void lawyersForAPersonSpeakForThatPerson() {
        List<Event> es = code("Lawyers for former Brazilian President Jair Bolsonaro accused the electoral court of bias on Tuesday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name().contains("Bolsonaro")));
    }

    @Test void downingStreetIsTheBritishGovernment() {
        List<Event> es = code("Downing Street condemned the attack on the Iranian embassy on Sunday.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "GBR".equals(p.country()) && "GOV".equals(p.sector())));
    }

    @Test void theJusticeDepartmentIsTheAmericanGovernment() {
        List<Event> es = code("The Justice Department accused Iran of plotting the killing of a journalist.");
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> "USA".equals(p.country()))
                && e.recipients().stream().anyMatch(p -> "IRN".equals(p.country())));
    }
}
