package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * (s55) A document a gathering adopts, told in the passive with no "by" ("A resolution was read out at the rally",
 * "A resolution was adopted at the meeting of X"), speaks for the gathering's people, and "It called on ...", "The
 * resolution denounced ..." are their acts. A document adopted by someone named is left to that one; a document no
 * gathering adopted speaks for no one. On sentences written for this test.
 */
class AdoptedDocumentsTest {

    private static boolean by(Event e, String type, String actor, String recipient) {
        return GoldEvents.typed(e, type, actor, recipient);
    }

    @Test void aResolutionReadOutAtARallyCallsOnAStateForTheRalliers() {
        eventsOf("The Confederation of Trade Unions of Peru held a rally in Lima on Monday.\n\n"
                + "A resolution was read out at the rally. It called on the Chilean government to withdraw its troops from the border.")
                .anyMatch(e -> by(e, "REQUEST", "PER", "CHL"));
    }

    @Test void aResolutionAdoptedAtTheMeetingOfABodyAccusesForThatBody() {
        eventsOf("A resolution on solidarity with Bolivia was adopted at the annual meeting of the Confederation of Trade Unions of Peru on Monday.\n\n"
                + "The resolution denounced the Chilean government for its naval drills near Bolivia.")
                .anyMatch(e -> by(e, "ACCUSE", "PER", "CHL"));
    }

    @Test void aResolutionAdoptedByANamedBodyIsNotTheRalliers() {
        eventsOf("The Confederation of Trade Unions of Peru held a rally in Lima on Monday.\n\n"
                + "A resolution was adopted by the Organization of American States on Tuesday. It called on the Chilean government to withdraw its troops from the border.")
                .noneMatch(e -> String.valueOf(e.type()).equals("REQUEST") && e.actors().stream().anyMatch(p -> "PER".equals(p.country())));
    }

    @Test void aResolutionNoGatheringAdoptedSpeaksForNoOne() {
        eventsOf("A resolution was read out on Monday. It called on the Chilean government to withdraw its troops from the border.")
                .noneMatch(e -> String.valueOf(e.type()).equals("REQUEST") && !e.actors().isEmpty());
    }
}
