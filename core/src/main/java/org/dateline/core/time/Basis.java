package org.dateline.core.time;

/**
 * How a resolved value depends on the anchor, so that a value computed from an anchor whose year is unknown
 * can be masked honestly instead of inventing a year.
 */
enum Basis {
    /** The text alone fixes the value (an explicit "Sept. 18, 2019", a duration, PAST_REF). */
    TEXT,
    /** Month and day come from the text or simple arithmetic; only the year came from the anchor. */
    CALENDAR,
    /** An ISO week computed from the anchor: without the year the week number is unknown too. */
    WEEK,
    /** A day reached by counting weekdays from the anchor: without the year the weekday of the anchor is unknown. */
    WEEKDAY
}
