package org.dateline.cli.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.dateline.core.read.html.DateClaims;

/**
 * Why a read date differs from the gold's, by cause, so that the figure can be read with and without the gold's own
 * choices. The issue asks for first publication; a gold that took the page's change stamp where the reader took the
 * publication the page states is the gold's choice, not a reader's miss, and is shown apart instead of followed. A
 * day next to the gold's is most often one instant read in two time zones.
 */
enum DateMiss {
    /** The read day is the gold's, or there is no read day or no gold day to compare. */
    NONE("none"),
    /**
     * The page states the read day as its publication (or creation) and the gold day only as a change ("Updated",
     * {@code dateModified}, {@code article:modified_time}): the gold took the change stamp.
     */
    GOLD_TOOK_CHANGE("change-stamp gold"),
    /** The read day is one day before or after the gold's. */
    ONE_DAY("one day apart"),
    /** Any other wrong day. */
    OTHER("other day");

    final String label;

    DateMiss(String label) { this.label = label; }

    /** Why {@code got} misses {@code gold} on the page {@code html}; NONE when it does not miss. */
    static DateMiss of(String gold, String got, String html) {
        LocalDate g = day(gold), r = day(got);
        if (g == null || r == null || g.equals(r)) return NONE;
        DateClaims claims = DateClaims.of(html);
        if (claims.published().contains(r) && claims.changeOnly(g)) return GOLD_TOOK_CHANGE;
        return Math.abs(g.toEpochDay() - r.toEpochDay()) == 1 ? ONE_DAY : OTHER;
    }

    private static LocalDate day(String value) {
        if (value == null || value.length() < 10) return null;
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
