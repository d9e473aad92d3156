package org.dateline.core.read.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bare time stamp: a short line that is a date and nothing but the clock time, weekday and zone around it
 * ("December 17, 2023, 12:34 PM", "Saturday December 30, 2023 10:00 PM EST 12/30/2023", "15 Dec, 2025"). At the top
 * of a story such a line is the page's publication stamp, which the reader keeps as a date, not as text. A line
 * with any other word ("Release date Dec 8, 2023", "Updated on ...", a writer's name) is not bare.
 */
final class TimeStamps {
    /** Longer than this, a line holds more than a stamp. */
    private static final int MAX_LENGTH = 80;
    /** How many dates one stamp may write (a day in words and again in numbers). */
    private static final int MAX_DATES = 3;
    private static final Set<String> WORDS = HtmlWords.get("stamp-words");
    /** "12:34", "4.00pm", "09:30:15", "10h30": a clock time, with its half of the day when written on. */
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)(?<![\\d.])\\d{1,2}(?:[:.h]\\d{2}){1,2}(?:\\s*(?:[ap]\\.?m\\.?))?(?![\\d])|(?<!\\d)\\d{1,2}\\s*[ap]\\.?m\\.?(?!\\w)");
    /** A zone: upper-case letters ("EST", "PT", "CET"), with an offset when written ("GMT+1", "UTC-05:00"). */
    private static final Pattern ZONE = Pattern.compile("\\b(?:\\p{Lu}{2,5})(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\b");
    /** What may join the parts: blanks and punctuation, nothing with a letter or digit. */
    private static final Pattern GLUE = Pattern.compile("[\\s\\p{P}\\p{S}]*");

    private TimeStamps() {}

    /** Whether the line is a date with at most a clock time, weekday and zone around it, and no other word. */
    static boolean isBare(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) return false;
        s = LatinDigits.of(s);
        int dates = 0;
        for (DateText.Found f; (f = DateText.find(s, DateText.NumericOrder.MONTH_FIRST)) != null; ) {
            if (++dates > MAX_DATES) return false;
            s = s.substring(0, f.start()) + " " + s.substring(f.end());
        }
        if (dates == 0) return false;
        s = ZONE.matcher(CLOCK.matcher(s).replaceAll(" ")).replaceAll(" ");
        StringBuilder rest = new StringBuilder();
        for (String w : s.split("[\\s,|\u2022\u00b7/()\\[\\]@\u2013\u2014-]+")) {
            if (w.isEmpty() || WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("[.,:]+$", ""))) continue;
            rest.append(w);
        }
        return GLUE.matcher(rest).matches();
    }
}
