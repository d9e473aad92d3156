package org.dateline.core.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Parses a date a source states (JSONL {@code date}, a feed's {@code pubDate}) into the calendar date the
 * publisher meant. Why keep the stated day instead of converting to UTC: "Tue, 03 Sep 2019 08:10:00 +0900" is a
 * September 3 story in Seoul; in UTC it would slip to September 2.
 */
public final class StatedDates {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ISO_DATE_TIME,          // 2019-09-03T08:10:00, with or without offset / zone
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss][.SSS][XXX][X]", Locale.ROOT),
            DateTimeFormatter.RFC_1123_DATE_TIME,     // Tue, 3 Sep 2019 08:10:00 +0900 (RSS)
            DateTimeFormatter.ofPattern("EEE, d MMM uuuu HH:mm[:ss] z", Locale.ENGLISH),
            DateTimeFormatter.ISO_OFFSET_DATE);

    private StatedDates() {}

    /** The stated calendar date, or null when the text is blank or in no format known here. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        String s = text.strip();
        for (DateTimeFormatter f : FORMATS) {
            try {
                TemporalAccessor t = f.parse(s);
                return LocalDate.from(t);
            } catch (DateTimeException e) {
                // try the next format
            }
        }
        return null;
    }
}
