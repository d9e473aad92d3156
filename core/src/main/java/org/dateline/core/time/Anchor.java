package org.dateline.core.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What relative expressions ("yesterday", "last week") are resolved against: the publication date.
 *
 * @param date      the publication date; when the year is unknown its year is a placeholder that is never output
 * @param yearKnown false when only month and day are known: values then carry XXXX instead of a year
 * @param homeZone  the zone the date is reckoned in (the agency's home, e.g. Asia/Seoul for Yonhap), used to
 *                  shift notes such as "(U.S. time)"; null when unknown (no shift is then made)
 */
public record Anchor(LocalDate date, boolean yearKnown, ZoneId homeZone) {

    public Anchor {
        Objects.requireNonNull(date, "date");
    }

    /** A fully known date with no home zone. */
    public static Anchor of(LocalDate date) {
        return new Anchor(date, true, null);
    }
}
