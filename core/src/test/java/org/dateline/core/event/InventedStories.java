package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dateline.model.Event;
import org.dateline.model.EventType;

/**
 * Assertions on a story invented for a test, coded whole by the pipeline ({@link GoldEvents#codeStory}): that it makes
 * no event of some types, or at least one of a type. Tests of a non-event category check both, the category's
 * sentence with {@link #assertNone} and the same words used for a real act with {@link #assertSome}.
 */
final class InventedStories {
    private InventedStories() {}

    /** The story codes no event of any of these types. */
    static void assertNone(String body, EventType... types) {
        assertThat(GoldEvents.codeStory(body)).noneMatch(e -> List.of(types).contains(e.type()));
    }

    /** The story codes at least one event of this type. */
    static void assertSome(String body, EventType type) {
        List<Event> events = GoldEvents.codeStory(body);
        assertThat(events).anyMatch(e -> e.type() == type);
    }
}
