package org.dateline.core.read.draft;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.DateCandidate;
import org.dateline.core.source.RawDocument;

/**
 * Picks one publication date from everything a page and its source offered, and says whether its year is the
 * article's own or was inferred from outside (a --date, feed, WARC or JSON date).
 *
 * <p>Why not simply trust the first date: wire pages are often stamped in another time zone than their dateline
 * ("date 2019-09-19" over "SEOUL, Sept. 18"). When candidates disagree, the one under which the story's own
 * weekday references ("left on Thursday", "set for Friday") sit closest to the day wins. The machine's clock is
 * never consulted: with no year anywhere, the value stays "XXXX-MM-DD".
 */
public final class PublicationDateChooser {
    /** The origin of a change stamp: kept among the candidates, never chosen over a publication date. */
    public static final String MODIFIED = "modified";
    /**
     * The origin of the day a page shows its readers, put first by its reader when the page's machine stamps leave
     * the day in doubt (they disagree, are written in UTC, or are a change stamp's): taken over the other candidates.
     */
    public static final String READER = "reader";
    /** Origins that belong to the page itself; their years are not inferred. */
    private static final Set<String> OWN = Set.of("header", "json-ld", "meta", "time", "dateline", "url", "text",
            "headline-text", "labelled", "title", "script", "image-url", "page-text", "timestamp", "most-written",
            MODIFIED, READER);
    /** Days a stamp may run past a bound and still be the same instant written in another time zone. */
    private static final int ZONE_SLACK_DAYS = 1;
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!'s)");
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "\\b(will|would|to be|set for|scheduled|slated|expected|plans? to|next|due|upcoming|ahead of)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The chosen value (TimeML, or null), whether its year is inferred, and all candidates seen. */
    public record Choice(String value, boolean yearInferred, List<DateCandidate> candidates) {}

    private PublicationDateChooser() {}

    public static Choice choose(List<DateCandidate> pageDates, String datelineText, RawDocument raw, String body) {
        List<DateCandidate> all = new ArrayList<>(pageDates);
        if (raw.date() != null) {
            all.add(new DateCandidate(raw.date().toString(), "source", null));
        }
        MonthDayYear dl = datelineText == null ? null : MonthDayYear.parse(datelineText);
        if (dl != null) {
            String v = dl.year() != null ? LocalDate.of(dl.year(), dl.md().getMonth(), dl.md().getDayOfMonth()).toString()
                    : String.format(Locale.ROOT, "XXXX-%02d-%02d", dl.md().getMonthValue(), dl.md().getDayOfMonth());
            all.add(new DateCandidate(v, "dateline", datelineText));
        }
        if (all.isEmpty()) return new Choice(null, false, List.of());

        // Full dates first; a yearless dateline borrows the year that puts it nearest a full candidate.
        Map<LocalDate, DateCandidate> full = new LinkedHashMap<>();
        LocalDate anchor = null;
        for (DateCandidate c : all) {
            if (!c.value().startsWith("X") && !MODIFIED.equals(c.origin())) {
                LocalDate d = LocalDate.parse(c.value().substring(0, 10));
                full.putIfAbsent(d, c);
                if (anchor == null) anchor = d;
            }
        }
        // The year is inferred when the page itself states none (a yearless dateline, no dated header or metadata)
        // and it was borrowed from the source, the user's --date or the story thread.
        boolean ownYear = all.stream().anyMatch(c -> OWN.contains(c.origin()) && !c.value().startsWith("X"));
        boolean inferred = false;
        if (dl != null && dl.year() == null && anchor != null) {
            LocalDate guess = nearestWithYear(dl.md(), anchor);
            DateCandidate withYear = new DateCandidate(guess.toString(), "dateline", datelineText);
            all.replaceAll(c -> "dateline".equals(c.origin()) ? withYear : c);
            full.putIfAbsent(guess, withYear);
            inferred = !ownYear;
        }
        withinBounds(full, all);
        if (full.isEmpty()) return new Choice(noPublicationDate(all), false, all);
        LocalDate reader = all.stream().filter(c -> READER.equals(c.origin())).map(c -> LocalDate.parse(c.value()))
                .filter(full::containsKey).findFirst().orElse(null);
        LocalDate best = reader != null ? reader : full.size() == 1 ? full.keySet().iterator().next() : bestSupported(full, body);
        return new Choice(best.toString(), inferred, all);
    }

    /**
     * With no full publication date: a yearless one; else the page's change stamp, the latest day the story can
     * have run and the one a page that shows only "Updated March 4" presents itself by; else none.
     */
    private static String noPublicationDate(List<DateCandidate> all) {
        return all.stream().filter(c -> !MODIFIED.equals(c.origin())).map(DateCandidate::value).findFirst()
                .orElse(all.stream().filter(c -> MODIFIED.equals(c.origin())).map(DateCandidate::value).findFirst()
                        .orElse(null));
    }

    /**
     * Drops publication dates that cannot be one: a story is not published after the page last changed (its
     * modification stamp) nor after the feed or crawl that delivered it (the source's date). A day of slack is
     * left for time zones. Only when one of the page's own dates stays within the bound are the others dropped: a
     * bound that would leave none of them (a --date assumed by the user, a wrong stamp) is the doubtful one.
     */
    private static void withinBounds(Map<LocalDate, DateCandidate> full, List<DateCandidate> all) {
        LocalDate bound = null;
        for (DateCandidate c : all) {
            boolean limits = MODIFIED.equals(c.origin()) || "source".equals(c.origin());
            if (!limits || c.value().startsWith("X")) continue;
            LocalDate d = LocalDate.parse(c.value().substring(0, 10)).plusDays(ZONE_SLACK_DAYS);
            if (bound == null || d.isBefore(bound)) bound = d;
        }
        if (bound == null) return;
        LocalDate last = bound;
        boolean ownWithin = full.entrySet().stream()
                .anyMatch(e -> OWN.contains(e.getValue().origin()) && !e.getKey().isAfter(last));
        if (ownWithin) full.keySet().removeIf(d -> d.isAfter(last));
    }

    private static LocalDate nearestWithYear(MonthDay md, LocalDate anchor) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            if (!md.isValidYear(y)) continue;
            LocalDate d = md.atYear(y);
            if (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The candidate under which the body's weekday references lie closest. Ties (typically a web page whose text
     * names no weekday) go to the first date the page itself offers, which is the strongest origin of the cascade
     * (JSON-LD before meta before {@code <time>} before the URL): we want first publication, and a later stamp
     * elsewhere on the page is most often a revision, a "last updated" line or a widget's clock. Dates only the
     * source offered come last.
     */
    private static LocalDate bestSupported(Map<LocalDate, DateCandidate> full, String body) {
        List<Ref> refs = weekdayRefs(body);
        List<LocalDate> order = new ArrayList<>(full.keySet());
        int least = order.stream().mapToInt(d -> cost(d, refs)).min().orElseThrow();
        List<LocalDate> tied = order.stream().filter(d -> cost(d, refs) == least).toList();
        List<LocalDate> own = tied.stream().filter(d -> OWN.contains(full.get(d).origin())).toList();
        return (own.isEmpty() ? tied : own).get(0);
    }

    private record Ref(DayOfWeek day, boolean future) {}

    private static List<Ref> weekdayRefs(String body) {
        List<Ref> refs = new ArrayList<>();
        Matcher m = WEEKDAY.matcher(body);
        while (m.find()) {
            int sentenceStart = Math.max(body.lastIndexOf(". ", m.start()), body.lastIndexOf('\n', m.start()));
            String before = body.substring(Math.max(sentenceStart + 1, m.start() - 80), m.start());
            refs.add(new Ref(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)), FUTURE_CUE.matcher(before).find()));
        }
        return refs;
    }

    private static int cost(LocalDate d, List<Ref> refs) {
        int total = 0;
        for (Ref r : refs) {
            int diff = r.day().getValue() - d.getDayOfWeek().getValue();
            total += r.future() ? Math.floorMod(diff, 7) : Math.floorMod(-diff, 7);
        }
        return total;
    }

    /** "Sept. 18", "September 18, 2019", "18 September 2019", "Sep 18" */
    record MonthDayYear(MonthDay md, Integer year) {
        private static final Pattern MDY = Pattern.compile(
                "([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?");
        private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s+([A-Z][a-z]{2,8})\\.?(?:,?\\s+(\\d{4}))?");

        static MonthDayYear parse(String text) {
            Matcher m = MDY.matcher(text);
            if (m.find()) {
                Integer month = Months.number(m.group(1));
                if (month != null) return of(month, Integer.parseInt(m.group(2)), m.group(3));
            }
            m = DMY.matcher(text);
            if (m.find()) {
                Integer month = Months.number(m.group(2));
                if (month != null) return of(month, Integer.parseInt(m.group(1)), m.group(3));
            }
            return null;
        }

        private static MonthDayYear of(int month, int day, String year) {
            if (day < 1 || day > 31 || (month == 2 && day > 29)) return null;
            try {
                return new MonthDayYear(MonthDay.of(month, day), year == null ? null : Integer.parseInt(year));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
    }
}
