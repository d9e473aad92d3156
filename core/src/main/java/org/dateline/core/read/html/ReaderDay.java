package org.dateline.core.read.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.core.read.draft.PublicationDateChooser;
import org.dateline.model.DateCandidate;
import org.jsoup.nodes.Document;

/**
 * When a page's machine stamps (JSON-LD, meta tags, time elements, the URL) leave its day in doubt, the day it shows
 * its readers settles it, and goes first as a {@link PublicationDateChooser#READER} candidate, which the chooser
 * takes. Three doubts are settled so; a date shown ahead of the story's head (the site's header, where a date is
 * the page's clock) is not asked:
 * <ul>
 * <li>the publication stamps name several days: the shown date that the page's declared data (JSON-LD, meta
 * tags) names, or with no such data its {@code <time>} stamp;</li>
 * <li>the publication stamp is written in UTC and the shown date, written with a time of day in the publisher's
 * zone whose minutes match the stamp's, is a day off it in the direction a time zone can move it: it is the same
 * instant on the publisher's calendar;</li>
 * <li>the story's head shows only the change stamp's day, no publication day: on a news story, or for a change
 * within a week of publication, that day is the story's as the page tells it ({@link #shownChange}); an
 * evergreen page re-dated long after keeps its first day (on the dev sets, taking every shown change day won on
 * newspaper4k's and htmldate's pages and lost as often as it won on WCXB's guides and product pages; taking any
 * "Updated" day the story's head shows, the reading some WCXB gold follows, lost on every set's both halves at stop
 * s47: date right htmldate A 228 -> 224, B 223 -> 222; newspaper4k A 190 -> 186, B 192 -> 191; WCXB A 343 -> 329,
 * B 347 -> 328);</li>
 * <li>the line under the headline shows a plain date days before every publication stamp (or any day before it,
 * when every stamp is the change stamp itself: {@link #restamped}), and no shown date names a stamp's day: the
 * stamps were written when the page was re-published or its site rebuilt ({@link #shownEarlier}).
 * </li>
 * </ul>
 * The machine stamps stay among the candidates.
 */
final class ReaderDay {
    /** A time written in UTC: "Z", "+00:00", "+0000", "GMT", "UTC" after the time of day. */
    private static final Pattern UTC = Pattern.compile(
            "[T ](\\d{2}):(\\d{2})(?::\\d{2})?(?:\\.\\d+)?\\s*(?:Z|[+-]00:?00(?!\\d)|GMT(?![+-]\\d)|UTC(?![+-]\\d))");
    /** From this UTC hour on, the next calendar day has begun somewhere east (UTC+10 and beyond). */
    private static final int EASTMOST_SHIFT = 10;
    /** Before this UTC hour, the calendar day before still runs somewhere west (UTC-12 at most). */
    private static final int WESTMOST_SHIFT = 12;
    /** A change this soon after publication is the story's own retelling: a correction or a new top. */
    private static final int CORRECTION_DAYS = 7;
    /** How far a day shown under the headline may fall before a stamp and still be its instant in another zone. */
    private static final int ZONE_DAYS = 1;

    private ReaderDay() {}

    static void decide(Document doc, String headline, List<DateCandidate> out, DateText.NumericOrder order,
                       boolean news) {
        List<DateCandidate> published = out.stream().filter(c -> !isModified(c)).toList();
        if (published.isEmpty()) return;
        List<SeenDates.Seen> seen = new ArrayList<>(SeenDates.blocks(doc, order));
        String text = SeenDates.bodyText(doc);   // built once: the page does not change while its dates are read
        SeenDates.Seen near = SeenDates.nearHeadline(doc, text, headline, order);
        if (near != null) seen.add(near);
        seen.removeIf(s -> !SeenDates.inStoryHead(text, headline, s));
        if (seen.isEmpty()) return;
        SeenDates.Seen reader = reader(seen, published);
        if (reader == null) reader = shownChange(seen, published, out, news);
        if (reader == null) reader = shownEarlier(doc, text, headline, near, seen, published, restamped(out), order);
        if (reader != null) {
            out.add(0, new DateCandidate(reader.day().toString(), PublicationDateChooser.READER, reader.text()));
            return;
        }
        // stamps that disagree where only the URL, or a time element the page's data gainsays, names the shown day:
        // it goes first, for the chooser to weigh with the rest
        SeenDates.Seen shown = seen.stream().filter(s -> !s.changed()).findFirst().orElse(null);
        if (shown != null && distinctDays(published) > 1 && names(published, shown.day())) {
            out.add(0, new DateCandidate(shown.day().toString(), shown.origin(), shown.text()));
        }
    }

    private static SeenDates.Seen reader(List<SeenDates.Seen> seen, List<DateCandidate> published) {
        SeenDates.Seen shown = seen.stream().filter(s -> !s.changed()).findFirst().orElse(null);
        if (shown == null) return null;
        if (distinctDays(published) > 1 && declared(published, shown.day())) return shown;
        return zoneShifted(published.get(0), shown.day(), SeenDates.localMinute(shown)) ? shown : null;
    }

    /**
     * The change day the story's head shows as the page's only date: the day a news story (declared so in its data)
     * was last told, or a change made within {@value #CORRECTION_DAYS} days of publication (a correction, a
     * developing story's new top). The page shows its readers that day and not the first one, and the text we read
     * is the one written that day, so its "yesterday" and "on Friday" count from it. A page that shows its first
     * day too, or an evergreen page re-dated months later ("Updated March 4, 2025" over a guide first put out in
     * 2019), keeps its publication stamp: that page's first day is the one its story was told on. Null when no
     * shown date is the change day.
     */
    private static SeenDates.Seen shownChange(List<SeenDates.Seen> seen, List<DateCandidate> published,
                                              List<DateCandidate> all, boolean news) {
        LocalDate changedOn = all.stream().filter(ReaderDay::isModified).map(ReaderDay::day).findFirst().orElse(null);
        if (changedOn == null || seen.stream().anyMatch(s -> names(published, s.day()))) return null;
        boolean soon = published.stream().allMatch(c -> Math.abs(changedOn.toEpochDay() - day(c).toEpochDay())
                <= CORRECTION_DAYS);
        if (!news && !soon) return null;
        return seen.stream().filter(s -> s.day().equals(changedOn)).findFirst().orElse(null);
    }

    /**
     * The plain date the line under the headline shows when it is more than {@value #ZONE_DAYS} day before every
     * publication stamp of the page and no date the story's head shows names a stamp's day: a story is not shown as
     * told before it ran, so the stamps are a later re-publication's, or the day a site builder last rebuilt the
     * page (it writes that day as {@code datePublished} and {@code dateModified} alike). Only the line under the
     * headline is asked, not the date blocks further down, which on a page that shows no date of its own are the
     * teasers of older stories, nor the kicker line above the headline, where a list of other stories may end, nor
     * a date written in a caption, a menu bar or a teaser box ({@link SeenDates#besideTheStory}); when the stamps
     * are the change stamp itself ({@link #restamped}), the first plain date of the story's head, in a block named
     * for a date above the headline too, is asked when it shows a time of day that cannot be the stamp's instant
     * in any zone ({@link #anotherInstant}): the stamps then name no day of their own to doubt. A
     * numeric date whose other reading ("11/01/2021" as November 1 or January 11) is a stamp's day is that day.
     * Null otherwise.
     */
    private static SeenDates.Seen shownEarlier(Document doc, String text, String headline, SeenDates.Seen near,
                                               List<SeenDates.Seen> seen, List<DateCandidate> published,
                                               boolean restamped, DateText.NumericOrder order) {
        SeenDates.Seen shown = !restamped ? null : seen.stream().filter(s -> !s.changed()).findFirst()
                .filter(s -> anotherInstant(published.get(0), s)).orElse(null);
        int slack = shown != null ? 0 : ZONE_DAYS;
        if (shown == null) {
            if (near == null || !seen.contains(near) || !SeenDates.underHeadline(text, headline, near)) return null;
            shown = near;
        }
        if (shown.changed() || SeenDates.besideTheStory(doc, shown, order)) return null;
        if (seen.stream().anyMatch(s -> names(published, s.day()) || names(published, swapped(s.day())))) return null;
        LocalDate first = published.stream().map(ReaderDay::day).min(LocalDate::compareTo).orElseThrow();
        return shown.day().isBefore(first.minusDays(slack)) ? shown : null;
    }

    /**
     * Whether a date shown with a time of day in the publisher's zone is another instant than a UTC stamp: its
     * minutes differ from the stamp's by no zone's offset (whole, half or three-quarter hours). A date shown with
     * no time of day may be the stamp's instant on the publisher's calendar, and is not taken for another.
     */
    private static boolean anotherInstant(DateCandidate stamp, SeenDates.Seen shown) {
        int shownMinute = SeenDates.localMinute(shown);
        if (shownMinute < 0 || stamp.text() == null) return false;
        Matcher m = UTC.matcher(stamp.text());
        if (!m.find()) return false;
        int minutes = Math.floorMod(shownMinute - Integer.parseInt(m.group(2)), 60);
        return minutes != 0 && minutes != 30 && minutes != 45;
    }

    /**
     * Whether every publication stamp is the change stamp itself, the same instant written twice: the page's data
     * was written when the story last changed, so it says nothing of the first day, and a plain day shown under the
     * headline before it, even the day before, is the story's first publication (a story run in the evening and
     * revised next morning). Without a change stamp, or with a publication stamp of its own, the day before stays
     * the slack of a time zone.
     */
    static boolean restamped(List<DateCandidate> all) {
        DateCandidate change = all.stream().filter(ReaderDay::isModified).findFirst().orElse(null);
        if (change == null || change.text() == null) return false;
        List<DateCandidate> stamps = all.stream().filter(c -> isDeclaredData(c) || c.origin().equals("time")).toList();
        return !stamps.isEmpty() && stamps.stream().allMatch(c -> change.text().equals(c.text()));
    }

    /**
     * Whether a publication stamp of the page's declared data (JSON-LD, meta tags) names the day; on a page that
     * declares none, its {@code <time>} stamp stands for its data: the markup of publication goes before the URL,
     * whose day is often the day a draft's address was made, the evening before the story ran.
     */
    private static boolean declared(List<DateCandidate> published, LocalDate d) {
        boolean data = published.stream().anyMatch(ReaderDay::isDeclaredData);
        return published.stream().anyMatch(c -> (data ? isDeclaredData(c) : c.origin().equals("time"))
                && day(c).equals(d));
    }

    private static boolean isDeclaredData(DateCandidate c) {
        return c.origin().equals("json-ld") || c.origin().equals("meta");
    }

    /**
     * Whether a stamp written in UTC is the same instant as a date shown with a local time: the shown day is the day
     * before for a stamp before {@value #WESTMOST_SHIFT}:00 UTC or the day after for one from
     * {@value #EASTMOST_SHIFT}:00, and the minutes agree up to a zone's offset (whole hours, or the half and
     * three-quarter hours of India and Nepal).
     */
    static boolean zoneShifted(DateCandidate stamp, LocalDate shown, int shownMinute) {
        if (shownMinute < 0 || stamp.text() == null || stamp.text().length() > 60) return false;
        Matcher m = UTC.matcher(stamp.text());
        if (!m.find()) return false;
        int minutes = Math.floorMod(shownMinute - Integer.parseInt(m.group(2)), 60);
        if (minutes != 0 && minutes != 30 && minutes != 45) return false;
        long off = shown.toEpochDay() - day(stamp).toEpochDay();
        int hour = Integer.parseInt(m.group(1));
        return off == -1 && hour < WESTMOST_SHIFT || off == 1 && hour >= EASTMOST_SHIFT;
    }

    /** The day with day and month read the other way round (January 11 for November 1), or the day itself. */
    private static LocalDate swapped(LocalDate d) {
        return d.getDayOfMonth() <= 12 ? LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()) : d;
    }

    private static boolean names(List<DateCandidate> cs, LocalDate d) {
        return cs.stream().anyMatch(c -> day(c).equals(d));
    }

    private static long distinctDays(List<DateCandidate> cs) {
        return cs.stream().map(DateCandidate::value).distinct().count();
    }

    private static boolean isModified(DateCandidate c) {
        return PublicationDateChooser.MODIFIED.equals(c.origin());
    }

    private static LocalDate day(DateCandidate c) {
        return LocalDate.parse(c.value().substring(0, 10));
    }
}
