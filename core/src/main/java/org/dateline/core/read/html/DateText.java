package org.dateline.core.read.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.read.draft.Months;

/**
 * Calendar days in the ways pages write them: ISO 8601 with or without time and offset, "2023/12/17",
 * "December 17, 2023", "17 Dec 2023", "24 نيسان / أبريل 2020" (a month named twice, in two calendars' names), RFC 1123 "Sun, 17 Dec 2023 19:18:40 GMT", "18.09.2019", "18 de septiembre de
 * 2019", "18 сентября 2019", "2019年9月18日", "12 มกราคม 2563" (a Thai month and a Buddhist-era year), and
 * dates in URL paths. Month names are read in every language
 * {@link Months#inAnyLanguage} knows. The day is taken as written, in the page's own offset: that is the day its
 * readers saw on it. Days before {@value #FIRST_YEAR} are no web page's publication date and are not read.
 */
final class DateText {
    static final int FIRST_YEAR = 1995;
    private static final int LAST_YEAR = 2100;
    /** Years of the Buddhist era run this far ahead of the common era's. */
    private static final int BUDDHIST_ERA_OFFSET = 543;
    /** "2019-09-18", "2019/09/18", "2019.09.18" and the Korean "2019. 9. 18.", a space after each dot. */
    private static final Pattern ISO = Pattern.compile(
            "(?U)(?<!\\d)(\\d{4})(?:[-/]|\\.\\s?)(\\d{1,2})(?:[-/]|\\.\\s?)(\\d{1,2})(?!\\d)");
    private static final Pattern CJK = Pattern.compile("(?<!\\d)(\\d{4})\\s*[\u5e74\ub144]\\s*(\\d{1,2})\\s*[\u6708\uc6d4]"
            + "\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
    private static final Pattern MDY = Pattern.compile(
            "(?<!\\p{L})(\\p{L}[\\p{L}\\p{M}]{2,13})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DMY = Pattern.compile("(?U)(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|\u00ba)?\\.?\\s+"
            + "(?:de\\s+|of\\s+)?(\\p{L}[\\p{L}\\p{M}]{2,13})\\.?(?:\\s*/\\s*\\p{L}{3,12})?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern DOTTED_DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})(?!\\d)");
    /**
     * "26 | 01 | 2022": the numbers of a date set apart by spaced bars, as some page templates print a stamp. The
     * spaces are required: an unspaced bar joins table cells and version strings, not a date's parts.
     */
    private static final Pattern BARRED = Pattern.compile("(?<![\\d|])(\\d{1,2})\\s+\\|\\s+(\\d{1,2})\\s+\\|\\s+(\\d{4})(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?=[/._-]|$)");
    /** "/2017/7/12/": months and days without their leading zero, only between slashes. */
    private static final Pattern URL_SHORT_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");
    /** "/29-10-2021", "_22.04.2020_": day first, the order of every language that writes the year last in a path. */
    private static final Pattern URL_DMY = Pattern.compile(
            "[/_-](0?[1-9]|[12]\\d|3[01])[-_.](0?[1-9]|1[0-2])[-_.]((?:19|20)\\d{2})(?=[/._-]|$)");
    /** "/2019/sep/18/", "/2019/september/18/": a month name between the year and the day. */
    private static final Pattern URL_NAMED = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\p{L}{3,12})/(\\d{1,2})(?=[/._-]|$)");
    /**
     * "30.10.23", "26/10/13": a two-digit year, read only in short strings a page marks as a date (a block named
     * for it, a time element), never in running text, where such triples are as often scores or versions.
     */
    private static final Pattern SHORT_YEAR = Pattern.compile(
            "(?<![\\d.,/-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2})(?![\\d.,/-]?\\d)");

    /**
     * Which number comes first in an all-numeric date whose two first numbers could each be the month
     * ("02/10/2020"): the month in the United States and the few places that write dates its way, the day
     * everywhere else. Read from the page's language tag ({@code en-GB}, {@code de}); a bare {@code en} keeps the
     * American order, the most frequent on English pages.
     */
    enum NumericOrder {
        MONTH_FIRST, DAY_FIRST;

        /** How much of a page's text is searched for a day written both in numbers and with its month named. */
        private static final int SPELLED_SCAN = 200_000;

        private static final Set<String> MONTH_FIRST_REGIONS = HtmlWords.get("month-first-regions");

        /**
         * The order the page's own all-numeric dates prove ("25/03/2021" can only be day first, "03/25/2021" only
         * month first), where they prove one and only one; else the order of its language tag. A page writes all its
         * dates one way, so a date it writes unambiguously tells how to read its ambiguous ones ("03/04/2021").
         */
        static NumericOrder of(String languageTag, String pageText) {
            boolean dayFirst = false;
            boolean monthFirst = false;
            for (Pattern p : List.of(NUMERIC, BARRED)) {
                Matcher m = p.matcher(pageText == null ? "" : pageText);
                while (m.find() && !(dayFirst && monthFirst)) {
                    int first = Integer.parseInt(m.group(1));
                    int second = Integer.parseInt(m.group(2));
                    if (first > 12 && first <= 31 && second >= 1 && second <= 12) dayFirst = true;
                    if (second > 12 && second <= 31 && first >= 1 && first <= 12) monthFirst = true;
                }
            }
            if (dayFirst != monthFirst) return dayFirst ? DAY_FIRST : MONTH_FIRST;
            NumericOrder spelled = spelledOut(pageText);
            return spelled != null ? spelled : of(languageTag);
        }

        /**
         * The order a page proves by writing the same day twice, once in numbers and once with the month named
         * ("02-12-2025" beside "December 02, 2025"): the reading of the numbers that gives a day also spelled out
         * is the page's order, where one reading does and the other does not. Null when the page proves none.
         */
        private static NumericOrder spelledOut(String pageText) {
            if (pageText == null) return null;
            String text = pageText.length() > SPELLED_SCAN ? pageText.substring(0, SPELLED_SCAN) : pageText;
            List<Readings> ambiguous = ambiguousNumerics(text);
            if (ambiguous.isEmpty()) return null;    // most pages: no need to gather the spelled-out days
            Set<LocalDate> named = new HashSet<>();
            for (Matcher m = MDY.matcher(text); m.find(); ) addDay(named, named(m.group(3), m.group(1), m.group(2)));
            for (Matcher m = DMY.matcher(text); m.find(); ) addDay(named, named(m.group(3), m.group(2), m.group(1)));
            if (named.isEmpty()) return null;
            boolean dayFirst = false;
            boolean monthFirst = false;
            for (Readings r : ambiguous) {
                if (named.contains(r.dayFirst()) && !named.contains(r.monthFirst())) dayFirst = true;
                if (named.contains(r.monthFirst()) && !named.contains(r.dayFirst())) monthFirst = true;
            }
            return dayFirst == monthFirst ? null : dayFirst ? DAY_FIRST : MONTH_FIRST;
        }

        /** The two days an all-numeric date reads as, day first and month first. */
        private record Readings(LocalDate dayFirst, LocalDate monthFirst) {}

        /** The all-numeric dates of the text that read as two different days. */
        private static List<Readings> ambiguousNumerics(String text) {
            List<Readings> out = new ArrayList<>();
            for (Matcher m = NUMERIC.matcher(text); m.find(); ) {
                LocalDate asDayFirst = DateText.of(m.group(3), m.group(2), m.group(1));
                LocalDate asMonthFirst = DateText.of(m.group(3), m.group(1), m.group(2));
                if (asDayFirst != null && asMonthFirst != null && !asDayFirst.equals(asMonthFirst)) {
                    out.add(new Readings(asDayFirst, asMonthFirst));
                }
            }
            return out;
        }

        private static void addDay(Set<LocalDate> days, LocalDate day) {
            if (day != null) days.add(day);
        }

        static NumericOrder of(String languageTag) {
            if (languageTag == null || languageTag.isBlank()) return MONTH_FIRST;
            String[] parts = languageTag.strip().toLowerCase(Locale.ROOT).split("[-_]");
            if (!parts[0].equals("en")) return DAY_FIRST;
            return parts.length < 2 || MONTH_FIRST_REGIONS.contains(parts[1]) ? MONTH_FIRST : DAY_FIRST;
        }
    }

    /** Each written form and how its match becomes a day (null when the match is no date). */
    private record Form(Pattern pattern, BiFunction<Matcher, NumericOrder, LocalDate> day) {}

    private static final List<Form> FORMS = List.of(
            new Form(ISO, (m, o) -> of(m.group(1), m.group(2), m.group(3))),
            new Form(CJK, (m, o) -> of(m.group(1), m.group(2), m.group(3))),
            new Form(COMPACT, (m, o) -> of(m.group(1), m.group(2), m.group(3))),
            new Form(MDY, (m, o) -> named(m.group(3), m.group(1), m.group(2))),
            new Form(DMY, (m, o) -> named(m.group(3), m.group(2), m.group(1))),
            new Form(DOTTED_DMY, (m, o) -> of(m.group(3), m.group(2), m.group(1))),
            // day first when the first number cannot be a month, or the second cannot, or the page's order says so
            new Form(NUMERIC, DateText::numeric),
            new Form(BARRED, DateText::numeric));

    /** An all-numeric day-month-year or month-day-year: day first when the numbers or the page's order say so. */
    private static LocalDate numeric(Matcher m, NumericOrder order) {
        return dayFirst(m, order) ? of(m.group(3), m.group(2), m.group(1)) : of(m.group(3), m.group(1), m.group(2));
    }

    private static boolean dayFirst(Matcher m, NumericOrder order) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        return first > 12 || second <= 12 && order == NumericOrder.DAY_FIRST;
    }

    private DateText() {}

    /** The day a short date string names (its earliest date), or null when it names none (or an impossible one). */
    static LocalDate parse(String s) {
        return parse(s, NumericOrder.MONTH_FIRST);
    }

    /** As {@link #parse(String)}, reading an ambiguous all-numeric date in the given order. */
    static LocalDate parse(String s, NumericOrder order) {
        if (s == null) return null;
        s = s.strip();
        if (s.isEmpty() || s.length() > 200) return null;
        return first(s, order);
    }

    /** The earliest-written day in a text of any length, or null. */
    static LocalDate first(String s) {
        return first(s, NumericOrder.MONTH_FIRST);
    }

    /** As {@link #first(String)}, reading an ambiguous all-numeric date in the given order. */
    static LocalDate first(String s, NumericOrder order) {
        Found f = find(s, order);
        return f == null ? null : f.day();
    }

    /** A day and where its writing starts and ends in the text it was read from. */
    record Found(LocalDate day, int start, int end) {}

    /** The earliest-written day in a text and where it ends, or null. */
    static Found find(String s, NumericOrder order) {
        s = LatinDigits.of(s);
        Found best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(s);
            while (m.find() && m.start() < bestAt) {
                LocalDate d = f.day().apply(m, order);
                if (d != null) {
                    best = new Found(d, m.start(), m.end());
                    bestAt = m.start();
                    break;
                }
            }
        }
        return best;
    }

    /** A date in a URL path such as "/2023/12/17/" or "/20231217/", or null. */
    static LocalDate inUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) return of(m.group(1), m.group(2), m.group(3));
        m = URL_SHORT_DATE.matcher(url);
        if (m.find()) return of(m.group(1), m.group(2), m.group(3));
        m = URL_NAMED.matcher(url);
        if (m.find()) {
            LocalDate d = named(m.group(1), m.group(2), m.group(3));
            if (d != null) return d;
        }
        m = URL_DMY.matcher(url);
        return m.find() ? of(m.group(3), m.group(2), m.group(1)) : null;
    }

    /**
     * As {@link #parse(String, NumericOrder)}, and failing that a date with a two-digit year ("30.10.23"): for
     * short strings the page itself marks as a date. Years up to 69 are this century's, the rest the last one's.
     */
    static LocalDate parseMarked(String s, NumericOrder order) {
        LocalDate d = parse(s, order);
        if (d != null || s == null || s.length() > 100) return d;
        Matcher m = SHORT_YEAR.matcher(s);
        if (!m.find()) return null;
        int yy = Integer.parseInt(m.group(4));
        String year = Integer.toString(yy <= 69 ? 2000 + yy : 1900 + yy);
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        boolean dayFirst = first > 12 || second <= 12 && (order == NumericOrder.DAY_FIRST || m.group(2).equals("."));
        return dayFirst ? of(year, m.group(3), m.group(1)) : of(year, m.group(1), m.group(3));
    }

    private static LocalDate named(String year, String monthName, String day) {
        Integer month = Months.inAnyLanguage(monthName);
        if (month == null) return null;
        LocalDate common = of(year, month.toString(), day);
        return common != null ? common : buddhistEra(year, monthName, month, day);
    }

    /**
     * "12 มกราคม 2563": a Thai month name with a year of the Buddhist era, 543 years ahead of the common one, the
     * year Thai pages write (java.time's Thai Buddhist calendar converts it). Only with a month named in Thai script:
     * elsewhere such a year is no date.
     */
    private static LocalDate buddhistEra(String year, String monthName, int month, String day) {
        if (monthName.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (y < FIRST_YEAR + BUDDHIST_ERA_OFFSET || y > LAST_YEAR + BUDDHIST_ERA_OFFSET) return null;
            return LocalDate.from(java.time.chrono.ThaiBuddhistDate.of(y, month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < FIRST_YEAR || year > LAST_YEAR) return null;
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
