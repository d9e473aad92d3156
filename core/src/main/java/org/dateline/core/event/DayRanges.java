package org.dateline.core.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.TimeExpression;

/**
 * An event told over several days: "from August 20 to 27", "August 20-27", "between March 4 and 6", "on June 2 and
 * 3", "from Feb. 2 to March 5". Its first day alone is not its date: by the conventions of the judged samples' gold
 * dates a span of days takes its month, and a span across months its year. The time stage marks the first day as a
 * date and leaves a bare last day ("27") unmarked, so the span is read here from the text after the first day; when
 * the last day is a date of its own the two dates are joined.
 */
final class DayRanges {
    private static final Set<String> JOINS = EventWords.get("day-range-joins");
    private static final Set<String> OPENERS = EventWords.get("day-range-openers");
    private static final Set<String> FOLLOWERS = EventWords.get("day-range-followers");
    /** A join word and a bare day of the month after a first day: " to 27", "-27", " and 3rd". */
    private static final Pattern BARE_LAST_DAY =
            Pattern.compile("\\s*(\\p{L}+|[-–—]+)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%$]|[.,:/]\\d)");
    /** A join word alone between two dates: " to ", " - ", " and ". */
    private static final Pattern JOIN_ONLY = Pattern.compile("\\s*(\\p{L}+|[-–—]+)\\s*");
    /** The word after the last day, if a word comes next. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s*(\\p{L}+)");
    /** The word before the first day ("between", "on"), if a word comes right before. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*$");

    private DayRanges() {}

    /**
     * The month or year of the span of days that full-day date {@code first} opens in {@code body}, or null when
     * it opens none.
     */
    static String valueOf(TimeExpression first, List<TimeExpression> timexes, String body) {
        LocalDate from = ClauseTimes.day(Circumstances.dateValue(first));
        if (from == null || first.end() > body.length()) return null;
        LocalDate to = lastDate(first, timexes, body);
        if (to == null) to = lastBareDay(first, from, body);
        if (to == null || !to.isAfter(from) || to.getYear() != from.getYear()) return null;
        return to.getMonth() == from.getMonth() ? from.toString().substring(0, 7) : String.valueOf(from.getYear());
    }

    /** "from Feb. 2 to March 5", "between March 4 and March 6": a second full-day date joined to the first. */
    private static LocalDate lastDate(TimeExpression first, List<TimeExpression> timexes, String body) {
        for (TimeExpression t : timexes) {
            if (t.start() < first.end() || t.start() > body.length() || !Circumstances.dates(t)) continue;
            Matcher m = JOIN_ONLY.matcher(body.substring(first.end(), t.start()));
            LocalDate to = ClauseTimes.day(Circumstances.dateValue(t));
            if (to != null && m.matches() && joins(m.group(1), first, body)) return to;
        }
        return null;
    }

    /** "August 20-27", "from August 20 to 27", "on June 2 and 3": a bare day after the first, of its month. */
    private static LocalDate lastBareDay(TimeExpression first, LocalDate from, String body) {
        Matcher m = BARE_LAST_DAY.matcher(body).region(first.end(), body.length());
        if (!m.lookingAt() || !joins(m.group(1), first, body)) return null;
        Matcher next = NEXT_WORD.matcher(body).region(m.end(), body.length());
        if (next.lookingAt() && !follows(next.group(1).toLowerCase(Locale.ROOT))) return null;
        int day = Integer.parseInt(m.group(2));
        return day > from.getDayOfMonth() && day <= from.lengthOfMonth() ? from.withDayOfMonth(day) : null;
    }

    /** A word that may follow a span's last day: a function word, or a participle ("March 4 and 6 denouncing X"). */
    private static boolean follows(String word) {
        return FOLLOWERS.contains(word) || word.length() > 4 && word.endsWith("ing");
    }

    /** A join word of a span; "and" only after a word that opens one ("between March 4 and 6"). */
    private static boolean joins(String word, TimeExpression first, String body) {
        String w = word.toLowerCase(Locale.ROOT);
        if (JOINS.contains(w)) return true;
        if (!w.equals("and")) return false;
        Matcher before = WORD_BEFORE.matcher(body.substring(Math.max(0, first.start() - 20), first.start()));
        return before.find() && OPENERS.contains(before.group(1).toLowerCase(Locale.ROOT));
    }
}
