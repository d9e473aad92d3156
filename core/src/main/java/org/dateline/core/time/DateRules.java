package org.dateline.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar expressions that name their date: "Sept. 18", "18 September 2019", "2019-09-18", "in 2019", "the 1990s". */
final class DateRules {
    private static final String PART = "(?:(?<pm>early|late|mid|the\\s+(?:beginning|start|end|middle)\\s+of)[\\s-]+)?";
    private static final Set<String> MONTH_PREPOSITIONS = TimeWords.get("month-prepositions");
    private static final Set<String> NOT_YEAR_NOUNS = TimeWords.get("not-year-nouns");
    private static final Set<String> NAME_JOINERS = TimeWords.get("name-joiners");
    /** A capitalised word and the joining word right before a match: "Orchestra of " before "the 21st Century". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.'-]*)\\s+(\\p{L}+)\\s+$");

    private DateRules() {}

    static List<Rule> rules() {
        Lexicon lx = Lexicon.get();
        return List.of(
                new Rule("iso-date", Rx.compile("\\b(?<y>(?:1[6-9]|20)\\d\\d)[-/](?<m>[01]\\d)[-/](?<d>[0-3]\\d)\\b"),
                        null, (m, c) -> explicit(m.group("y"), m.group("m"), m.group("d"))),
                new Rule("us-date", Rx.compile("\\b(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\\d|0?[1-9])/(?<y>(?:19|20)\\d\\d)\\b"),
                        null, (m, c) -> explicit(m.group("y"), m.group("m"), m.group("d"))),
                new Rule("month-day", Rx.compile("\\b(?:(?<wd>{WEEKDAY}),?\\s+)?(?<mo>{MONTH})\\s+(?<d>{DAY})"
                        + "(?:(?:,\\s*|\\s+)(?<y>{YEAR}))?(?![:.,]?\\d|\\s*(?:%|percent))"),
                        (m, b) -> capitalised(m.group("mo")), DateRules::monthDay),
                new Rule("day-month", Rx.compile("\\b(?:(?<wd>{WEEKDAY}),?\\s+)?(?:the\\s+)?(?<d>{DAY})\\s+(?:of\\s+)?"
                        + "(?<mo>{MONTH})(?:,?\\s+(?<y>{YEAR}))?"),
                        (m, b) -> capitalised(m.group("mo")), DateRules::monthDay),
                new Rule("month-year", Rx.compile("\\b" + PART + "(?<mo>{MONTH})(?:\\s+of)?,?\\s+(?<y>{YEAR})"),
                        (m, b) -> capitalised(m.group("mo")),
                        (m, c) -> month(m, Integer.parseInt(m.group("y")), Basis.TEXT)),
                new Rule("month", Rx.compile("\\b" + PART + "(?:(?<rel>last|this|next|this\\s+past|this\\s+coming"
                        + "|the\\s+coming|the\\s+past)\\s+)?(?<mo>{MONTH})(?:\\s+(?<yrel>last|this|next)\\s+year)?"),
                        DateRules::bareMonthOk, DateRules::bareMonth),
                new Rule("year", Rx.compile("(?<![$#\\d.,/-])(?<t>" + PART + "(?:the\\s+year\\s+)?(?:fiscal\\s+(?:year\\s+)?)?"
                        + "(?<y>{YEAR}))(?![\\d%]|\\s*(?:%|percent|per\\s+cent)|[.,:]\\d|[-–](?!(?:\\d\\d|\\d{4})(?![-/.:]?\\d))\\d|'s?\\s+(?:level|total))"),
                        DateRules::yearOk, (m, c) -> part(Resolution.date(m.group("y"), Basis.TEXT), m)),
                // "the 1950-53 war", "1998–2003": the range's last year is a date of its own, as "from 1950 to 1953"
                // gives two; its first year is the "year" rule's
                new Rule("range-end-year", Rx.compile("(?<![$#\\d.,/-])(?<y0>{YEAR})[-–](?<t>\\d{4}|\\d\\d)(?![-/.:]?\\d)"),
                        (m, b) -> rangeEnd(m.group("y0"), m.group("t")) > 0,
                        (m, c) -> Resolution.date(String.valueOf(rangeEnd(m.group("y0"), m.group("t"))), Basis.TEXT)),
                new Rule("decade", Rx.compile("\\b(?:the\\s+)?" + PART
                        + "(?:(?<c>1[5-9]|20)(?<d>\\d)0'?s\\b|'(?<d2>\\d)0s\\b|(?<w>twenties|thirties|forties|fifties"
                        + "|sixties|seventies|eighties|nineties)\\b)"),
                        (m, b) -> !m.has("w") || m.text().toLowerCase(Locale.ROOT).startsWith("the"), DateRules::decade),
                new Rule("century", Rx.compile("\\b(?:the\\s+)?" + PART + "(?<n>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century\\b"),
                        DateRules::centuryOk, (m, c) -> part(Resolution.date(String.format("%02d",
                                Integer.parseInt(m.group("n")) - 1), Basis.TEXT), m)),
                new Rule("holiday", Rx.compile("\\b(?:(?<rel>last|this|next)\\s+)?(?<h>{HOLIDAY})"),
                        (m, b) -> Character.isUpperCase(m.group("h").charAt(0)), DateRules::holiday));
    }

    static boolean capitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    private static Resolution explicit(String y, String mo, String d) {
        LocalDate date = ResolveContext.safeDate(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        return date == null ? null : Resolution.date(CalendarValues.day(date), Basis.TEXT);
    }

    static int monthNumber(String word) {
        return Integer.parseInt(Lexicon.get().months.get(word.toLowerCase(Locale.ROOT).replace(".", "")));
    }

    private static int dayNumber(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    /** The tail of a range of years after a first year: "-53" of "1950-53", "–2003" of "1998–2003". */
    private static final Pattern RANGE_TAIL = Pattern.compile("[-–](\\d{4}|\\d\\d)(?!\\d)");

    /**
     * "October 17, Juche 15 (1926)", "March 3, year 100 of the Republic (2011)", "Rajab 5, 1445 AH (2024)": a year
     * of another calendar with the common year after it in brackets. The bracketed year is the date's year, never
     * the article's.
     */
    private static final Pattern OTHER_CALENDAR_YEAR = Pattern.compile(
            ",?\\s*(?=[^()\\n]{0,40}?\\d)[\\p{L}\\d .]{1,40}?\\s*\\(\\s*((?:1[6-9]|20)\\d\\d)\\s*\\)");

    private static Resolution monthDay(Match m, ResolveContext c) {
        int mo = monthNumber(m.group("mo"));
        int d = dayNumber(m.group("d"));
        if (m.has("y")) return explicit(m.group("y"), String.valueOf(mo), String.valueOf(d));
        Matcher era = OTHER_CALENDAR_YEAR.matcher(c.body).region(m.end(), c.body.length());
        if (era.lookingAt()) return explicit(era.group(1), String.valueOf(mo), String.valueOf(d));
        int year;
        if (m.has("wd")) {
            year = yearWithWeekday(c, mo, d, DayOfWeek.of(Integer.parseInt(
                    Lexicon.get().weekdays.get(m.lower("wd")))));
        } else {
            year = c.yearForMonthDay(mo, d, c.tense());
        }
        LocalDate date = ResolveContext.safeDate(year, mo, d);
        return date == null ? null : Resolution.date(CalendarValues.day(date), Basis.CALENDAR);
    }

    /** "Friday, Oct. 23": of the years around the anchor, the one where that day is that weekday. */
    private static int yearWithWeekday(ResolveContext c, int mo, int d, DayOfWeek dow) {
        int fallback = c.yearForMonthDay(mo, d, c.tense());
        for (int delta : new int[] {0, -1, 1}) {
            LocalDate date = ResolveContext.safeDate(fallback + delta, mo, d);
            if (date != null && date.getDayOfWeek() == dow) return fallback + delta;
        }
        return fallback;
    }

    private static Resolution month(Match m, int year, Basis basis) {
        return part(Resolution.date(CalendarValues.month(year, monthNumber(m.group("mo"))), basis), m);
    }

    static Resolution part(Resolution r, Match m) {
        if (r == null) return null;
        String mod = Rx.partMod(m.group("pm"));
        return mod == null ? r : r.withMod(mod);
    }

    private static boolean bareMonthOk(Match m, String body) {
        String mo = m.group("mo");
        if (!capitalised(mo)) return false;
        String key = mo.toLowerCase(Locale.ROOT);
        boolean abbreviated = !mo.endsWith(".") && key.length() <= 4 && !key.equals("june") && !key.equals("july")
                && !key.equals("may");
        if (abbreviated) return false;
        if (m.has("rel") || m.has("pm") || m.has("yrel")) return true;
        if (!key.equals("may") && !key.equals("march")) return true;
        String prev = previousWord(body, m.start());
        return prev != null && MONTH_PREPOSITIONS.contains(prev);
    }

    /** Whether the month opens its sentence, alone or after "in" ("In November, ..."): it sets the clause's scene. */
    private static boolean opensSentence(Match m, String body) {
        int i = m.start();
        String prev = previousWord(body, i);
        if (prev != null && prev.equals("in")) i = previousWordStart(body, i);
        while (i > 0 && body.charAt(i - 1) == ' ') i--;
        return i <= 0 || body.charAt(i - 1) == '\n' || body.charAt(i - 1) == '.' || body.charAt(i - 1) == '"';
    }

    private static Resolution bareMonth(Match m, ResolveContext c) {
        int mo = monthNumber(m.group("mo"));
        LocalDate ref = c.ref();
        int y = ref.getYear();
        int cur = ref.getMonthValue();
        String yrel = m.lower("yrel");
        if (yrel != null) return month(m, y + (yrel.equals("last") ? -1 : yrel.equals("next") ? 1 : 0), Basis.CALENDAR);
        String rel = m.lower("rel");
        if (rel != null) {
            if (rel.equals("this")) return month(m, y, Basis.CALENDAR);
            boolean back = rel.equals("last") || rel.endsWith("past");
            if (back) return month(m, mo < cur ? y : y - 1, Basis.CALENDAR);
            return month(m, mo > cur ? y : y + 1, Basis.CALENDAR);
        }
        Tense t = c.tense();
        if (t == Tense.UNKNOWN && c.body.startsWith("'s", m.end())) t = Tense.PAST;
        return month(m, c.yearForMonth(mo, t, opensSentence(m, c.body)), Basis.CALENDAR);
    }

    /**
     * "the Orchestra of the 21st Century", "Students in the 21st Century", "Hero of 20th Century": a capitalised
     * "Century" joined by "of" or "in" to a capitalised word ends a name, and names no time.
     */
    private static boolean centuryOk(Match m, String body) {
        String t = m.text();
        int c = t.toLowerCase(Locale.ROOT).lastIndexOf("century");
        if (c < 0 || !Character.isUpperCase(t.charAt(c))) return true;
        Matcher before = NAME_BEFORE.matcher(body.substring(Math.max(0, m.start() - 60), m.start()));
        return !(before.find() && NAME_JOINERS.contains(before.group(2).toLowerCase(Locale.ROOT)));
    }

    private static boolean yearOk(Match m, String body) {
        Matcher range = RANGE_TAIL.matcher(body).region(m.end(), body.length());
        if (range.lookingAt() && rangeEnd(m.group("y"), range.group(1)) < 0) return false; // "2011-06", "1990-1": no range
        if (m.has("pm") || m.text().toLowerCase(Locale.ROOT).contains("fiscal") || m.text().contains("year")) return true;
        String next = nextWord(body, m.end());
        if (next == null) return true;
        if (next.length() > 3 && next.endsWith("s") && Character.isLowerCase(next.charAt(0)) && !next.endsWith("ss")
                && !next.endsWith("us") && !next.endsWith("is") && !NOT_YEAR_NOUNS.contains(next)) {
            return false;
        }
        String prev = previousWord(body, m.start());
        return prev == null || !(prev.equals("than") || prev.equals("some") || prev.equals("nearly")
                || prev.equals("about") || prev.equals("approximately") || prev.equals("no") || prev.equals("number"));
    }

    /**
     * The last year of a range written "1950-1953" or "1950-53": a later year within a century of the first, within
     * thirty years when written with two digits ("1999-00" is 2000); -1 when the tail is no such year ("2011-06" is
     * a month, "1990-1985" no range).
     */
    static int rangeEnd(String first, String tail) {
        int y0 = Integer.parseInt(first);
        int y = Integer.parseInt(tail);
        if (tail.length() == 2) {
            y += y0 / 100 * 100;
            if (y <= y0) y += 100;
            return y - y0 <= 30 ? y : -1;         // "1914-18", "1999-00"; "2011-06" is a month, not a century
        }
        return y > y0 && y - y0 <= 100 ? y : -1;
    }

    private static Resolution decade(Match m, ResolveContext c) {
        String v;
        Basis basis = Basis.TEXT;
        if (m.has("c")) {
            v = m.group("c") + m.group("d");
        } else {
            int digit = m.has("d2") ? Integer.parseInt(m.group("d2")) : wordDecade(m.lower("w"));
            int refDecade = c.ref().getYear() / 10;
            int decade = refDecade / 10 * 10 + digit;
            if (decade > refDecade) decade -= 10;
            v = String.valueOf(decade);
            basis = Basis.CALENDAR;
        }
        return part(Resolution.date(v, basis), m);
    }

    private static int wordDecade(String w) {
        return List.of("", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                "nineties").indexOf(w);
    }

    private static Resolution holiday(Match m, ResolveContext c) {
        String rule = Lexicon.get().holidays.get(m.lower("h"));
        String rel = m.lower("rel");
        Tense t = rel == null ? c.tense() : rel.equals("last") ? Tense.PAST : Tense.FUTURE;
        int y = c.ref().getYear();
        LocalDate here = Holidays.date(rule, y);
        if (here == null) return null;
        LocalDate chosen = here;
        if (!here.equals(c.ref())) {
            boolean future = here.isAfter(c.ref());
            if (t == Tense.PAST && future) chosen = Holidays.date(rule, y - 1);
            else if (t == Tense.FUTURE && !future) chosen = Holidays.date(rule, y + 1);
            else if (t == Tense.UNKNOWN && Math.abs(here.toEpochDay() - c.ref().toEpochDay()) > 183) {
                chosen = Holidays.date(rule, future ? y - 1 : y + 1);
            }
        }
        if (chosen == null) return null; // a lunar day of a year the table lacks
        return Resolution.date(CalendarValues.day(chosen), Basis.CALENDAR);
    }

    static String previousWord(String body, int pos) {
        int e = previousWordEnd(body, pos);
        int s = previousWordStart(body, pos);
        return s == e ? null : body.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** Where the word before {@code pos} (letters, digits, hyphens, after any whitespace) starts; its end when none. */
    static int previousWordStart(String body, int pos) {
        int s = previousWordEnd(body, pos);
        while (s > 0 && (Character.isLetterOrDigit(body.charAt(s - 1)) || body.charAt(s - 1) == '-')) s--;
        return s;
    }

    private static int previousWordEnd(String body, int pos) {
        int e = pos;
        while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) e--;
        return e;
    }

    static String nextWord(String body, int pos) {
        int s = pos;
        while (s < body.length() && body.charAt(s) == ' ') s++;
        int e = s;
        while (e < body.length() && Character.isLetter(body.charAt(e))) e++;
        return s == e ? null : body.substring(s, e);
    }
}
