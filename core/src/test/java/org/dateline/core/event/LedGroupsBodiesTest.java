package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import java.util.function.Predicate;

import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.junit.jupiter.api.Test;

/**
 * The leader of a group sent by a named body ("a delegation of the X Party led by Chairman Y") holds office in that
 * body and takes its sector, as one whose title names the body does; on sentences and bodies written for this test.
 */
class LedGroupsBodiesTest {
    private static Predicate<Event> withParty(String name, String sector) {
        return e -> e.actors().stream().anyMatch(p -> p.name() != null && p.name().contains(name) && sector.equals(p.sector()));
    }

    private static Predicate<Event> withPartyInSector(String name, String sector) {
        return e -> java.util.stream.Stream.concat(e.actors().stream(), e.recipients().stream())
                .anyMatch(p -> p.name() != null && p.name().contains(name) && sector.equals(p.sector()));
    }

    @Test void theLeaderOfAPartysDelegationLedByHisTitleSpeaksForTheParty() {
        eventsOf("A delegation of the Green Party of Chile led by Chairman Ivo Marek arrived in Lima on Monday.")
                .anyMatch(withParty("Ivo Marek", "PTY"));
    }

    @Test void theHeadOfACivicBodysDelegationHeadedByHimIsCivic() {
        eventsOf("A delegation of the Chilean Society for Folk Music headed by Secretary General Ana Vel arrived in Lima "
                + "on Monday.").anyMatch(withParty("Ana Vel", "CVL"));
    }

    @Test void anInvertedDepartureOfALedDelegationKeepsTheBodysSector() {
        eventsOf("Leaving Lima on Friday was the delegation of the Peru-Chile Friendship Association headed by Chairman "
                + "Ivo Marek.").noneMatch(withParty("Ivo Marek", "GOV"));
    }

    @Test void aLedDelegationMetAsTheObjectKeepsTheBodysSector() {
        eventsOf("The Peruvian minister met a delegation of the Bolivian Academy of Sciences led by President Ivo Marek "
                + "on Monday.").noneMatch(e -> java.util.stream.Stream.concat(e.actors().stream(), e.recipients().stream())
                        .anyMatch(p -> p.name() != null && p.name().contains("Ivo Marek") && "GOV".equals(p.sector())));
    }

    @Test void theLeaderOfAMinistrysDelegationStaysTheStates() {
        eventsOf("A delegation of the Ministry of Health of Chile led by Vice-Minister Ivo Marek arrived in Lima on Monday.")
                .noneMatch(e -> e.actors().stream().map(Participant::sector).anyMatch(s -> "CVL".equals(s) || "PTY".equals(s)));
    }

    @Test void theLeaderOfARulingPartysDelegationStaysTheStates() {
        eventsOf("A delegation of the Workers' Party of Korea led by Secretary Ivo Marek arrived in Lima on Monday.")
                .noneMatch(withParty("Ivo Marek", "PTY"));
    }

    @Test void aGroupOfPeopleOfAKindNamesNoBody() {
        eventsOf("A delegation of doctors led by Ivo Marek arrived in Lima on Monday.")
                .noneMatch(withPartyInSector("Ivo Marek", "CVL"));
    }
}
