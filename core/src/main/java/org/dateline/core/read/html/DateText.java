package org.dateline.core.read.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.read.draft.Months;

/**
 * Calendar days in the ways pages write them: ISO 8601 with or without time and offset, "2023/12/17",
 * "December 17, 2023", "17 Dec 2023", RFC 1123 "Sun, 17 Dec 2023 19:18:40 GMT", and dates in URL paths.
 * The day is taken as written, in the page's own offset: that is the day its readers saw on it.
 */
final class DateText {
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
    private static final Pattern MDY = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern US_NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?=[/._-]|$)");

    private DateText() {}

    /** The day a date string names, or null when it names none (or an impossible one). */
    static LocalDate parse(String s) {
        if (s == null) return null;
        s = s.strip();
        if (s.isEmpty() || s.length() > 200) return null;
        Matcher m = ISO.matcher(s);
        if (m.find()) return of(m.group(1), m.group(2), m.group(3));
        m = COMPACT.matcher(s);
        if (m.find()) return of(m.group(1), m.group(2), m.group(3));
        m = MDY.matcher(s);
        while (m.find()) {
            Integer month = Months.number(m.group(1));
            if (month != null) return of(m.group(3), month.toString(), m.group(2));
        }
        m = DMY.matcher(s);
        while (m.find()) {
            Integer month = Months.number(m.group(2));
            if (month != null) return of(m.group(3), month.toString(), m.group(1));
        }
        m = US_NUMERIC.matcher(s);
        if (m.find()) return of(m.group(3), m.group(1), m.group(2));
        return null;
    }

    /** A date in a URL path such as "/2023/12/17/" or "/20231217/", or null. */
    static LocalDate inUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) return null;
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
