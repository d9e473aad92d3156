package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The undated reports of a story that were published before the happening its dated reports tell had begun. An
 * undated report tells as done a deed done by the day it was published; a story's date may narrow after the
 * report joined it ("a visit in August" becomes "the visit of August 20-26" when a later report dates it), and the
 * report then tells another, earlier happening: a paper's article of August 4 on the leader's "historic visit to
 * Russia" is of the visit ten years before, not of the one that began on the 20th. Each joining report is checked
 * against the story's own dated core, as it stands now, not against the one member it was alike to when it joined.
 *
 * <p>Only reports told as done ({@link StatusClass#OCCURRED}) are read so: a plan is published before its day by
 * what it is. A stay ("visited", "a visit") may be told up to {@link EventMention#STAY_AHEAD} days before the day a
 * later report dates, as that day may fall within it. A day's grace ({@link #GRACE_DAYS}) allows for a report filed at midnight, or a time zone.
 */
final class EarlyReports {
    static final int GRACE_DAYS = 1;

    private EarlyReports() {}

    /** The story's undated reports of a deed done that were published before its dated days began; empty otherwise. */
    static List<EventMention> of(Story s) {
        List<EventMention> out = new ArrayList<>();
        if (s.status != StatusClass.OCCURRED || !s.anchored || s.span == null) return out;
        LocalDate begun = s.span.first().minusDays(GRACE_DAYS);
        for (EventMention m : s.mentions) {
            if (m.anchored() || m.day() == null) continue;
            // a stay is news while it lasts, and may be told before the day a later report dates within it
            LocalDate by = EventMention.isStay(m.event()) ? begun.minusDays(EventMention.STAY_AHEAD) : begun;
            if (m.day().isBefore(by)) out.add(m);
        }
        return out;
    }
}
