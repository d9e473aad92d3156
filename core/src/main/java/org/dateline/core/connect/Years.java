package org.dateline.core.connect;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Year inference for stories that state none ("SEOUL, Sept. 26" and no year anywhere): the year comes from the
 * dated articles of the same story thread, never from the clock. The year chosen puts the yearless day nearest to a
 * dated article of the thread, and only within a few weeks of one: a thread cannot vouch for a day far from it.
 */
final class Years {
    private static final Pattern YEARLESS_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern YEARLESS = Pattern.compile("XXXX(-.*)");
    static final int MAX_DAYS_FROM_THREAD = 45;

    private Years() {}

    /** The full publication day of a yearless one ("XXXX-09-26"), from its thread's dated days. */
    static Optional<LocalDate> infer(String yearless, Collection<LocalDate> threadDays) {
        if (yearless == null) return Optional.empty();
        Matcher m = YEARLESS_DAY.matcher(yearless);
        if (!m.matches()) return Optional.empty();
        MonthDay md;
        try {
            md = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        LocalDate best = null;
        long bestGap = Long.MAX_VALUE;
        for (LocalDate d : threadDays) {
            for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
                if (!md.isValidYear(y)) continue;
                LocalDate c = md.atYear(y);
                long gap = Math.abs(c.toEpochDay() - d.toEpochDay());
                if (gap < bestGap) { bestGap = gap; best = c; }
            }
        }
        return bestGap <= MAX_DAYS_FROM_THREAD ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * A yearless value inside a story ("XXXX-02", "XXXX-03-08", "XXXX-W11") given the story's now-known day. What
     * occurred lies on or before the day ("February" in a September story is the February before), what is planned
     * on or after it; anything else takes the year that puts it nearest ("December" in a March story).
     */
    static String complete(String value, LocalDate day, StatusClass statusClass) {
        if (value == null || day == null) return value;
        Matcher m = YEARLESS.matcher(value);
        if (!m.matches()) return value;
        String best = value;
        long bestGap = Long.MAX_VALUE;
        for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
            String candidate = y + m.group(1);
            Optional<Span> s = Span.of(candidate);
            if (s.isEmpty()) continue;
            Span span = s.get();
            if (statusClass == StatusClass.OCCURRED && span.first().isAfter(day.plusDays(1))) continue;
            if (statusClass == StatusClass.PLAN && span.last().isBefore(day.minusDays(1))) continue;
            long gap = span.contains(Span.day(day)) ? 0
                    : Math.min(Math.abs(span.first().toEpochDay() - day.toEpochDay()),
                            Math.abs(span.last().toEpochDay() - day.toEpochDay()));
            if (gap < bestGap) { bestGap = gap; best = candidate; }
        }
        return best;
    }
}
