package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;

/**
 * Assertions the tests of blame share: that the coded events hold an accusation by a party whose name contains one
 * text of a party whose name contains another, or none at all. A failure prints every event coded.
 */
final class Accusations {
    private Accusations() {}

    /** Whether {@code e} is an ACCUSE by an actor named with {@code actor} of a recipient named with {@code recipient}. */
    static boolean accuses(Event e, String actor, String recipient) {
        return e.type() == EventType.ACCUSE
                && e.actors().stream().anyMatch(p -> p.name() != null && p.name().contains(actor))
                && e.recipients().stream().anyMatch(p -> p.name() != null && p.name().contains(recipient));
    }

    static void assertAccuses(List<Event> es, String actor, String recipient) {
        assertThat(es).as(GoldEvents.describe(es)).anyMatch(e -> accuses(e, actor, recipient));
    }

    static void assertNoAccusation(List<Event> es) {
        assertThat(es).as(GoldEvents.describe(es)).noneMatch(e -> e.type() == EventType.ACCUSE);
    }
}
