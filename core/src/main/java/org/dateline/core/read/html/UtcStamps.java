package org.dateline.core.read.html;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.read.draft.PublicationDateChooser;
import org.dateline.model.DateCandidate;

/**
 * A stamp written in UTC ("2020-02-18T02:18:11Z", "+00:00") gives the instant, not the day the page's readers saw
 * on it: an evening story in the Americas is stamped the next day, one just after midnight in Europe the day before.
 * A stamp with its own offset ("19:05:00-08:00") is already the local day, as written, and is left alone. The URL
 * path, written in the publisher's own day, says which day a UTC stamp was locally. (Guessing the zone from the
 * page's language region, a UTC stamp of the small hours read as the American evening before, was tried and lost
 * more pages than it won: many such stamps are a system's, not the story's.)
 */
final class UtcStamps {
    /** A time written in UTC: "Z", "+00:00", "+0000", "GMT", "UTC" after the time of day. */
    private static final Pattern UTC = Pattern.compile(
            "(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(?:Z|[+-]00:?00(?!\\d)|GMT(?![+-]\\d)|UTC(?![+-]\\d))");
    /** The earliest UTC hour that is already the next day somewhere east (UTC+14 at most, +10 in practice). */
    private static final int EASTMOST_SHIFT = 10;

    private UtcStamps() {}

    static void toLocalDays(List<DateCandidate> out) {
        urlDayFirst(out);
    }

    /**
     * When the URL's day is one day off the first UTC stamp in the direction a time zone can shift it (a day
     * earlier only for a stamp before noon UTC, a day later only from {@value #EASTMOST_SHIFT}:00), the URL
     * candidate goes first and the chooser takes it.
     */
    private static void urlDayFirst(List<DateCandidate> out) {
        DateCandidate url = out.stream().filter(c -> "url".equals(c.origin())).findFirst().orElse(null);
        if (url == null) return;
        LocalDate day = LocalDate.parse(url.value());
        for (DateCandidate c : out) {
            if (c == url || PublicationDateChooser.MODIFIED.equals(c.origin())) continue;
            if (c.value().equals(url.value())) return;
            long off = LocalDate.parse(c.value()).toEpochDay() - day.toEpochDay();
            Matcher utc = utc(c);
            if (utc == null) return;
            int hour = Integer.parseInt(utc.group(1));
            if (off == 1 && hour < 12 || off == -1 && hour >= EASTMOST_SHIFT) {
                out.remove(url);
                out.add(0, url);
                // the URL's day is the day the readers saw: the chooser takes it, as it takes a shown day, and does
                // not weigh the UTC stamp's day against it by the story's weekdays (a Friday story stamped in the
                // small hours of Saturday UTC speaks of "Friday" as today)
                out.add(1, new DateCandidate(url.value(), PublicationDateChooser.READER, url.text()));
            }
            return;
        }
    }

    private static Matcher utc(DateCandidate c) {
        if (c.text() == null || c.text().length() > 60) return null;
        Matcher m = UTC.matcher(c.text());
        return m.find() ? m : null;
    }
}
