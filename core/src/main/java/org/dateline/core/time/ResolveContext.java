package org.dateline.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The state of one {@link TimexResolver#resolve} call: the anchor (possibly shifted for a "(U.S. time)" note),
 * the tense around the expression being resolved, and the last date mentioned, which anaphoric expressions
 * ("a year earlier", "the quarter") lean on. Created per call, never shared between threads.
 */
final class ResolveContext {
    final String body;
    final Anchor anchor;
    private final TenseGuesser tenses;
    private LocalDate ref;
    private Match current;
    private Tense tense;
    /** Value of the last DATE with calendar granularity, for "a year earlier", "that year", "the following day". */
    String lastDate;
    /** Value of the last quarter mentioned, for "the quarter", "the year-ago period". */
    String lastQuarter;

    ResolveContext(String body, Anchor anchor, TenseGuesser tenses) {
        this.body = body;
        this.anchor = anchor;
        this.tenses = tenses;
        this.ref = anchor.date();
    }

    void focus(Match m, LocalDate reference) {
        current = m;
        ref = reference;
        tense = null;
    }

    /** The date "today" means for the expression being resolved. */
    LocalDate ref() {
        return ref;
    }

    Tense tense() {
        if (tense == null) tense = tenses.guess(body, current.start(), current.end());
        return tense;
    }

    /** The weekday nearest the reference in the direction of the tense; the reference itself when it matches. */
    LocalDate weekday(int isoDay, Tense t) {
        DayOfWeek dow = DayOfWeek.of(isoDay);
        if (ref.getDayOfWeek() == dow) return ref;
        if (t == Tense.FUTURE) return ref.with(TemporalAdjusters.next(dow));
        return ref.with(TemporalAdjusters.previous(dow));
    }

    /** The year of a bare month: this year's when it is the current month, else nearest in the tense's direction. */
    int yearForMonth(int month, Tense t) {
        int y = ref.getYear();
        int cur = ref.getMonthValue();
        if (month == cur) return y;
        if (t == Tense.FUTURE) return month > cur ? y : y + 1;
        if (t == Tense.PAST) return month < cur ? y : y - 1;
        int diff = month - cur;
        if (diff > 6) return y - 1;
        if (diff < -6) return y + 1;
        return y;
    }

    /** The year of a month and day given without one, chosen like {@link #yearForMonth}. */
    int yearForMonthDay(int month, int day, Tense t) {
        int y = ref.getYear();
        LocalDate same = safeDate(y, month, day);
        if (same == null) return y;
        if (same.equals(ref)) return y;
        if (t == Tense.FUTURE) return same.isAfter(ref) ? y : y + 1;
        if (t == Tense.PAST) return same.isBefore(ref) ? y : y - 1;
        long days = ChronoUnit.DAYS.between(ref, same);
        if (days > 183) return y - 1;
        if (days < -183) return y + 1;
        return y;
    }

    static LocalDate safeDate(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31) return null;
        LocalDate first = LocalDate.of(y, m, 1);
        return d > first.lengthOfMonth() ? null : first.withDayOfMonth(d);
    }
}
