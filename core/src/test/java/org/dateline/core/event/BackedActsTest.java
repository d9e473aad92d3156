package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * (s55) A blamed thing a participle of leading or backing ties to a party ("the U.S.-led drills", "the Japan-backed
 * moves", "the Japan-sponsored exercises") blames that party: the drills' leader is the recipient of the blame, not
 * nobody. A participle of any other verb ("U.S.-made", "Seoul-based") names no doer. On sentences written for this test.
 */
class BackedActsTest {

    private static boolean by(Event e, String type, String actor, String recipient) {
        return GoldEvents.typed(e, type, actor, recipient);
    }

    @Test void condemningUsLedDrillsBlamesTheUnitedStates() {
        eventsOf("The Socialist Party of Peru on Monday condemned the U.S.-led military drills in the region.")
                .anyMatch(e -> by(e, "ACCUSE", "PER", "USA"));
    }

    @Test void denouncingJapanBackedMovesBlamesJapan() {
        eventsOf("The Socialist Party of Peru on Monday denounced the Japan-backed moves to isolate Bolivia.")
                .anyMatch(e -> by(e, "ACCUSE", "PER", "JPN"));
    }

    @Test void condemningExercisesAStateSponsorsBlamesThatState() {
        eventsOf("The Socialist Party of Peru on Monday condemned the Japan-sponsored naval exercises.")
                .anyMatch(e -> by(e, "ACCUSE", "PER", "JPN"));
    }

    @Test void rifleMadeInAStateIsNoActOfThatState() {
        eventsOf("The Socialist Party of Peru on Monday condemned the use of U.S.-made rifles by the police.")
                .noneMatch(e -> by(e, "ACCUSE", "PER", "USA"));
    }

    @Test void aGroupBasedInACityIsNoActOfThatCitysState() {
        eventsOf("The Socialist Party of Peru on Monday condemned the Tokyo-based group for its smear campaign.")
                .noneMatch(e -> by(e, "ACCUSE", "PER", "JPN"));
    }
}
