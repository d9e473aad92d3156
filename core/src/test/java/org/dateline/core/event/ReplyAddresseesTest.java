package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Replies listed by their addressees ("The addressees were A and B", "Reply messages went to A, B and C") are one act
 * of the sender toward each addressee (CODING.md question 135), the sender the one the reply phrase names ("the
 * replies of X") or the story's sender of messages just told. On sentences written for this test.
 */
class ReplyAddresseesTest {

    private static boolean reply(Event e, String fromWord, String toWord) {
        return e.type() == EventType.SUPPORT
                && e.actors().stream().anyMatch(p -> p.name().contains(fromWord))
                && e.recipients().stream().anyMatch(p -> p.name().contains(toWord) || toWord.equals(p.country()));
    }

    @Test void theAddresseesListedAfterTheMessagesAreEachTheSendersAct() {
        eventsOf("Nelson Mandela on Monday sent messages of thanks to foreign heads of state for their greetings on his"
                + " birthday. The addressees were Raul Castro, president of Cuba, and Evo Morales, president of Bolivia.")
                .anyMatch(e -> reply(e, "Mandela", "Castro"))
                .anyMatch(e -> reply(e, "Mandela", "Morales"));
    }

    @Test void replyMessagesOfABodyThatWentToSeveralPartiesAreOneActPerParty() {
        eventsOf("The reply messages of the African National Congress went to the Communist Party of Cuba, the"
                + " Workers' Party of Brazil and the Socialist Party of Chile.")
                .anyMatch(e -> reply(e, "African National Congress", "CUB"))
                .anyMatch(e -> reply(e, "African National Congress", "BRA"))
                .anyMatch(e -> reply(e, "African National Congress", "CHL"));
    }

    @Test void repliesSentWithNoSenderNamedAreTheStorysSender() {
        eventsOf("The African National Congress sent a message of thanks to the Communist Party of Cuba. Replies were"
                + " also sent to the Workers' Party of Brazil and the Socialist Party of Chile.")
                .anyMatch(e -> reply(e, "African National Congress", "BRA"))
                .anyMatch(e -> reply(e, "African National Congress", "CHL"));
    }

    @Test void addresseesAmongWhomSeveralAreNamedAreEachTheSendersAct() {
        eventsOf("Nelson Mandela on Monday sent messages of thanks to foreign heads of state for their greetings on his"
                + " birthday. Among the addressees were Raul Castro, president of Cuba, and Evo Morales, president of Bolivia.")
                .anyMatch(e -> reply(e, "Mandela", "Castro"))
                .anyMatch(e -> reply(e, "Mandela", "Morales"));
    }

    @Test void replyLettersAddressedToSeveralLeadersAreOneActEach() {
        eventsOf("Nelson Mandela on Monday sent messages of thanks to foreign heads of state for their greetings on his"
                + " birthday. Reply letters were addressed to Raul Castro and Evo Morales.")
                .anyMatch(e -> reply(e, "Mandela", "Castro"))
                .anyMatch(e -> reply(e, "Mandela", "Morales"));
    }

    @Test void repliesThatWillGoToSeveralPartiesAreNotYetSent() {
        eventsOf("Reply messages of the African National Congress will go to the Communist Party of Cuba and the"
                + " Socialist Party of Chile.")
                .noneMatch(e -> reply(e, "African National Congress", "Chile") && "occurred".equals(String.valueOf(e.status()).toLowerCase()));
    }

    @Test void addresseesOfAStoryThatToldNoSenderAreNoOnesAct() {
        eventsOf("The addressees were Raul Castro, president of Cuba, and Evo Morales, president of Bolivia.")
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }
}
