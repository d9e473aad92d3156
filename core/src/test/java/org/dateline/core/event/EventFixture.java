package org.dateline.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.ListAssert;
import org.dateline.model.Event;

/**
 * The events the coder finds in a story written for a test, ready for what the test says of them and printed when it
 * fails: {@code eventsOf("Peru condemned Venezuela on Monday.").anyMatch(e -> e.type() == EventType.ACCUSE)}. The
 * story has no headline and no dateline and is published on Wednesday 10 May 2023 ({@link GoldEvents#codeStory}), so
 * its "Monday" is 8 May.
 */
final class EventFixture {
    private EventFixture() {}

    /** The events of a story with no headline and no dateline, published on 10 May 2023. */
    static ListAssert<Event> eventsOf(String body) { return described(GoldEvents.codeStory(body)); }

    private static ListAssert<Event> described(List<Event> es) { return assertThat(es).as(GoldEvents.describe(es)); }
}
