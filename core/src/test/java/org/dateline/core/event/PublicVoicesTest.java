package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * The actors of everyday general news that have no state of their own or name a government by its seat: voices of
 * public debate ("critics", "analysts") toward a public party, lawyers speaking for their client, and seats or
 * departments of government named alone ("Downing Street", "the Justice Department"). Sentences written for this test.
 */
class PublicVoicesTest {

    @Test void criticsAccusingAGovernmentAreTheAccusers() {
        eventsOf("Critics accused the Peruvian government of ignoring the floods on Monday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> p.name().equalsIgnoreCase("critics"))
                        && e.recipients().stream().anyMatch(p -> "PER".equals(p.country())));
    }

    @Test void analystsBlamingACentralBankAccuseIt() {
        eventsOf("Analysts blamed the Bank of Japan for the weak yen on Friday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> p.name().equalsIgnoreCase("analysts")));
    }

    @Test void expertsGivingAdviceToNoPublicPartyMakeNoEvent() {
        eventsOf("Experts suggest starting with a short walk every morning.")
                .noneMatch(e -> e.actors().stream().anyMatch(p -> p.name().equalsIgnoreCase("experts")));
    }

    @Test void aMagazineTalkingToDesignersAndExpertsHoldsNoMeeting() {
        eventsOf("The magazine spoke with designers, architects and experts about open-plan offices.")
                .noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test void lawyersForAPersonSpeakForThatPerson() {
        eventsOf("Lawyers for former Brazilian President Jair Bolsonaro accused the electoral court of bias on Tuesday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> p.name().contains("Bolsonaro")));
    }

    @Test void downingStreetIsTheBritishGovernment() {
        eventsOf("Downing Street condemned the attack on the Iranian embassy on Sunday.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "GBR".equals(p.country()) && "GOV".equals(p.sector())));
    }

    @Test void theJusticeDepartmentIsTheAmericanGovernment() {
        eventsOf("The Justice Department accused Iran of plotting the killing of a journalist.")
                .anyMatch(e -> e.type() == EventType.ACCUSE
                        && e.actors().stream().anyMatch(p -> "USA".equals(p.country()))
                        && e.recipients().stream().anyMatch(p -> "IRN".equals(p.country())));
    }
}
