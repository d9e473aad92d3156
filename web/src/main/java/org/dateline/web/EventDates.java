package org.dateline.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TimeML date value covers, for counting events over time. Only values anchored in a known year are
 * read (a day, with or without a time of day; a month; an ISO week; a year); {@code XXXX-03-08}, {@code PAST_REF}
 * and the like cover no day that could be counted and give null.
 */
final class EventDates {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** First and last day of a date value, both inclusive. */
    record Span(LocalDate first, LocalDate last) {}

    private EventDates() {}

    /** The days the value covers, or null when it covers no known day. */
    static Span span(String value) {
        if (value == null) return null;
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.parse(m.group(1));
                return new Span(d, d);
            }
            if (MONTH.matcher(value).matches()) {
                YearMonth ym = YearMonth.parse(value);
                return new Span(ym.atDay(1), ym.atEndOfMonth());
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new Span(monday, monday.plusDays(6));
            }
            if (YEAR.matcher(value).matches()) {
                int y = Integer.parseInt(value);
                return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
        } catch (java.time.DateTimeException e) {
            return null;                                   // 2024-13, 2024-W60: not a date, so not counted
        }
        return null;
    }

    /** The first day the value covers, or null. */
    static LocalDate firstDay(String value) {
        Span s = span(value);
        return s == null ? null : s.first();
    }
}
