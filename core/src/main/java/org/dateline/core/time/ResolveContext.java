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
    /** How far the nearest reading of a bare month may lie against the clause's tense before the tense wins. */
    static final int MONTHS_AGAINST_TENSE = 3;
    /** The same for a month and day. */
    static final int DAYS_AGAINST_TENSE = 90;

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

    /**
     * The year of a bare month: this year's when it is the current month, else the nearest occurrence, unless
     * the tense points the other way and the nearest lies more than {@link #MONTHS_AGAINST_TENSE} months off
     * (so "payable in January" said in October stays next January, "in January" told in the past in October is
     * last January). A month that opens a past clause ("In November, the parliament called on ...") sets the scene
     * of what happened: as TimeML anchors it, the latest such month on or before the anchor, however near the next
     * one lies (dates s38: a story of August read it as the coming November). The tense guesser's slips on plans
     * ("loans through January", "paid on a date in January") stay with the threshold.
     */
    int yearForMonth(int month, Tense t, boolean opensClause) {
        int y = ref.getYear();
        int cur = ref.getMonthValue();
        if (month == cur) return y;
        int ahead = Math.floorMod(month - cur, 12);
        int behind = 12 - ahead;
        boolean nearestAhead = ahead < behind;
        int distance = Math.min(ahead, behind);
        boolean forward = nearestAhead;
        int againstTense = opensClause && t == Tense.PAST ? 0 : MONTHS_AGAINST_TENSE;
        if (t == Tense.PAST && nearestAhead && distance > againstTense) forward = false;
        if (t == Tense.FUTURE && !nearestAhead && distance > MONTHS_AGAINST_TENSE) forward = true;
        if (forward) return month > cur ? y : y + 1;
        return month < cur ? y : y - 1;
    }

    /** The year of a month and day given without one, chosen like {@link #yearForMonth} with a day threshold. */
    int yearForMonthDay(int month, int day, Tense t) {
        int y = ref.getYear();
        LocalDate same = safeDate(y, month, day);
        if (same == null || same.equals(ref)) return y;
        LocalDate next = same.isAfter(ref) ? same : safeDate(y + 1, month, day);
        LocalDate prev = same.isBefore(ref) ? same : safeDate(y - 1, month, day);
        if (next == null) return prev.getYear();
        if (prev == null) return next.getYear();
        long ahead = ChronoUnit.DAYS.between(ref, next);
        long behind = ChronoUnit.DAYS.between(prev, ref);
        boolean forward = ahead < behind;
        long distance = Math.min(ahead, behind);
        if (t == Tense.PAST && forward && distance > DAYS_AGAINST_TENSE) forward = false;
        if (t == Tense.FUTURE && !forward && distance > DAYS_AGAINST_TENSE) forward = true;
        return forward ? next.getYear() : prev.getYear();
    }

    static LocalDate safeDate(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31) return null;
        LocalDate first = LocalDate.of(y, m, 1);
        return d > first.lengthOfMonth() ? null : first.withDayOfMonth(d);
    }
}
