package org.dateline.core.connect;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.DateModifier;

/**
 * A TimeML date value as the interval of days it covers, so that "2019-09-20" and "2019-W38" or "2019-09" can be
 * compared by overlap rather than by string equality. Yearless ("XXXX-09-26") and reference values ("PAST_REF")
 * have no interval: they say nothing that could tell two events apart.
 *
 * @param first first day (inclusive)
 * @param last  last day (inclusive)
 */
record Span(LocalDate first, LocalDate last) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");
    private static final Pattern SEASON_OR_QUARTER = Pattern.compile("(\\d{4})-(Q[1-4]|SP|SU|FA|WI|H[12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** The interval of a TimeML value, or empty when it has no full year. */
    static Optional<Span> of(String value) {
        if (value == null) return Optional.empty();
        String v = value.strip();
        try {
            Matcher m;
            if ((m = DAY.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return Optional.of(new Span(d, d));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), 1);
                return Optional.of(new Span(d, d.with(TemporalAdjusters.lastDayOfMonth())));
            }
            if ((m = WEEK.matcher(v)).matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2)).with(DayOfWeek.MONDAY);
                return Optional.of(new Span(monday, monday.plusDays(6)));
            }
            if ((m = SEASON_OR_QUARTER.matcher(v)).matches()) {
                int y = num(m, 1);
                return Optional.of(switch (m.group(2)) {
                    case "Q1" -> months(y, 1, 3); case "Q2" -> months(y, 4, 6);
                    case "Q3" -> months(y, 7, 9); case "Q4" -> months(y, 10, 12);
                    case "H1" -> months(y, 1, 6); case "H2" -> months(y, 7, 12);
                    case "SP" -> months(y, 3, 5); case "SU" -> months(y, 6, 8); case "FA" -> months(y, 9, 11);
                    default -> new Span(LocalDate.of(y - 1, 12, 1), LocalDate.of(y, 2, 28));
                });
            }
            if ((m = YEAR.matcher(v)).matches()) return Optional.of(months(num(m, 1), 1, 12));
        } catch (RuntimeException e) {
            return Optional.empty(); // "2019-02-30", week 54: a value nobody can place
        }
        return Optional.empty();
    }

    static Span day(LocalDate d) { return new Span(d, d); }

    private static Span months(int year, int from, int to) {
        LocalDate end = LocalDate.of(year, to, 1).with(TemporalAdjusters.lastDayOfMonth());
        return new Span(LocalDate.of(year, from, 1), end);
    }

    private static int num(Matcher m, int g) { return Integer.parseInt(m.group(g)); }

    /**
     * The part a TimeML mod points at: EARLY, MID and LATE keep a third of a span longer than a week ("late this
     * month" is no day before the 21st), so a late-March plan is not the mid-March one.
     */
    Span narrow(DateModifier mod) {
        long n = days();
        if (mod == null || n < 9) return this;
        long third = n / 3;
        return switch (mod) {
            case EARLY, START -> new Span(first, first.plusDays(third - 1));
            case MID -> new Span(first.plusDays(third), last.minusDays(third));
            case LATE, END -> new Span(last.minusDays(third - 1), last);
            default -> this;
        };
    }

    boolean overlaps(Span o) { return !first.isAfter(o.last) && !o.first.isAfter(last); }

    boolean contains(Span o) { return !o.first.isBefore(first) && !o.last.isAfter(last); }

    /** Days covered; smaller is more precise. */
    long days() { return ChronoUnit.DAYS.between(first, last) + 1; }

    Span widen(int before, int after) { return new Span(first.minusDays(before), last.plusDays(after)); }

    /** Months touched, as yyyymm numbers, for blocking keys. */
    List<Integer> months() {
        List<Integer> out = new ArrayList<>();
        for (LocalDate d = first.withDayOfMonth(1); !d.isAfter(last); d = d.plusMonths(1)) {
            out.add(d.getYear() * 100 + d.getMonthValue());
            if (out.size() > 24) break; // a decade-wide value is no blocking key
        }
        return out;
    }
}
