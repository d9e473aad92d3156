package org.dateline.core.event;

import static org.dateline.core.event.EventFixture.eventsOf;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The party of an act of praise or blame named by a title alone is the person named with that title before in the
 * story; a title no one held before, or a title in an act of another kind, stays as it was. On sentences written for
 * this test.
 */
class TitledRecipientsTest {

    private static boolean act(Event e, String type, String recipientWord) {
        return String.valueOf(e.type()).equals(type)
                && e.recipients().stream().anyMatch(p -> p.name().contains(recipientWord));
    }

    @Test void praisingThePresidentPraisesThePresidentNamedBefore() {
        eventsOf("President Julius Nyerere visited Romania in May 1975. The Socialist Party of Romania praised the President.")
                .anyMatch(e -> act(e, "SUPPORT", "Nyerere"));
    }

    @Test void speakingHighlyOfTheExploitsOfThePresidentPraisesHim() {
        eventsOf("President Julius Nyerere visited Romania in May 1975. "
                + "The Socialist Party of Romania spoke highly of the exploits of the President.")
                .anyMatch(e -> act(e, "SUPPORT", "Nyerere"));
    }

    @Test void speakingHighlyOfThePresidentsAchievementsPraisesHim() {
        eventsOf("President Julius Nyerere visited Romania in May 1975. "
                + "The Socialist Party of Romania spoke highly of the President's achievements.")
                .anyMatch(e -> act(e, "SUPPORT", "Nyerere"));
    }

    @Test void denouncingThePresidentBlamesThePresidentNamedBefore() {
        eventsOf("President Julius Nyerere visited Romania in May 1975. "
                + "The Romanian paper Scanteia on Monday denounced the President for his policy.")
                .anyMatch(e -> act(e, "ACCUSE", "Nyerere"));
    }

    @Test void aTitleNoOneHeldBeforeStaysUnresolved() {
        eventsOf("Julius Nyerere visited Romania in May 1975. The Socialist Party of Romania praised the Chancellor.")
                .noneMatch(e -> act(e, "SUPPORT", "Nyerere"));
    }
}
