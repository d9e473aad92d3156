package org.dateline.web;

import java.time.LocalDate;

import org.dateline.store.TimeMlDays;

/**
 * The days a TimeML date value covers, as {@link LocalDate}s for counting events over time. The reading itself is
 * the store's {@link TimeMlDays} (the same days the store's from/to filters use), so a chart and a filter never
 * disagree about which days "2024-Q1" or "2024-W11" cover. Values without a known year ({@code XXXX-03-08},
 * {@code PAST_REF}) cover no day that could be counted and give null.
 */
final class EventDates {
    /** First and last day of a date value, both inclusive. */
    record Span(LocalDate first, LocalDate last) {}

    private EventDates() {}

    /** The days the value covers, or null when it covers no known day. */
    static Span span(String value) {
        return TimeMlDays.of(value)
                .map(r -> new Span(LocalDate.parse(r.first()), LocalDate.parse(r.last())))
                .orElse(null);
    }

    /** The first day the value covers, or null. */
    static LocalDate firstDay(String value) {
        Span s = span(value);
        return s == null ? null : s.first();
    }
}
