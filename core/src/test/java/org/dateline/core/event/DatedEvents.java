package org.dateline.core.event;

import java.util.List;

import org.dateline.model.Event;

/** Picking the one event a date test is about out of a story's events, failing with all of them when it is missing. */
final class DatedEvents {
    private DatedEvents() {}

    /** The first event whose trigger is this word as written. */
    static Event byTrigger(List<Event> es, String trigger) {
        return es.stream().filter(e -> trigger.equals(e.trigger())).findFirst()
                .orElseThrow(() -> new AssertionError("no [" + trigger + "] in" + GoldEvents.describe(es)));
    }

    /** The first event of this PLOVER type. */
    static Event byType(List<Event> es, String type) {
        return es.stream().filter(e -> String.valueOf(e.type()).equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in" + GoldEvents.describe(es)));
    }
}
