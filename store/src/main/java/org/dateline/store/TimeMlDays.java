package org.dateline.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TimeML date value covers, as ISO day strings (exports use it too, for day columns). Stored next to each story event so that "from / to"
 * filters and date order are plain string comparisons on an index, whatever the granularity ("2024-03-08",
 * "2024-03", "2024-W11", "2024-Q1", "2024"). Values without a known year ("XXXX-03-08") cover no known days.
 */
public final class TimeMlDays {
    private static final Pattern VALUE = Pattern.compile(
            "^(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|W(\\d{2})(?:-WE)?|Q([1-4])|H([12])|(SP|SU|FA|AU|WI)))?(?:T.*)?$");

    /** First and last day covered, both inclusive. */
    public record Range(String first, String last) {}

    private TimeMlDays() {}

    /**
     * As {@link #of(String)}, narrowed by a TimeML mod where it says which part of a month or year is meant:
     * EARLY = the first third (days 1-10, January-April), MID = the middle third, LATE = the last third.
     * Other mods (APPROX, ON_OR_BEFORE, ...) leave the range as it is.
     */
    public static Optional<Range> of(String value, String mod) {
        Optional<Range> range = of(value);
        if (range.isEmpty() || mod == null) return range;
        LocalDate first = LocalDate.parse(range.get().first());
        LocalDate last = LocalDate.parse(range.get().last());
        boolean month = first.getDayOfMonth() == 1 && last.equals(first.withDayOfMonth(first.lengthOfMonth()));
        boolean year = first.getDayOfYear() == 1 && last.equals(first.withDayOfYear(first.lengthOfYear()));
        if (!month && !year) return range;
        return switch (mod) {
            case "EARLY" -> year ? months(first.getYear(), 1, 4) : range(first, first.withDayOfMonth(10));
            case "MID" -> year ? months(first.getYear(), 5, 4) : range(first.withDayOfMonth(11), first.withDayOfMonth(20));
            case "LATE" -> year ? months(first.getYear(), 9, 4) : range(first.withDayOfMonth(21), last);
            default -> range;
        };
    }

    public static Optional<Range> of(String value) {
        if (value == null) return Optional.empty();
        Matcher m = VALUE.matcher(value.strip());
        if (!m.matches()) return Optional.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return range(d, d);
            }
            if (m.group(2) != null) {
                YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
                return range(ym.atDay(1), ym.atEndOfMonth());
            }
            if (m.group(4) != null) {
                LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(4)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return range(monday, monday.plusDays(6));
            }
            if (m.group(5) != null) return months(year, (Integer.parseInt(m.group(5)) - 1) * 3 + 1, 3);
            if (m.group(6) != null) return months(year, (Integer.parseInt(m.group(6)) - 1) * 6 + 1, 6);
            if (m.group(7) != null) {
                return switch (m.group(7)) {
                    case "SP" -> months(year, 3, 3);
                    case "SU" -> months(year, 6, 3);
                    case "FA", "AU" -> months(year, 9, 3);
                    default -> range(LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 2, 1).plusMonths(1).minusDays(1));
                };
            }
            return range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();        // "2024-02-31": a value no calendar has
        }
    }

    private static Optional<Range> months(int year, int firstMonth, int count) {
        LocalDate first = LocalDate.of(year, firstMonth, 1);
        return range(first, first.plusMonths(count).minusDays(1));
    }

    private static Optional<Range> range(LocalDate first, LocalDate last) {
        return Optional.of(new Range(first.toString(), last.toString()));
    }
}
