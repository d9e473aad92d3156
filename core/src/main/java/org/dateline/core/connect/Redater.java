package org.dateline.core.connect;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.Annotated;
import org.dateline.model.Event;
import org.dateline.model.TimeExpression;
import org.dateline.core.time.Anchor;
import org.dateline.core.time.Anchors;
import org.dateline.core.time.Timex;
import org.dateline.core.time.TimexResolver;

/**
 * Dates of a yearless article, recomputed once the thread gave it a year. Read alone, "Wednesday" in a story dated
 * "Sept. 26" is only XXXX-WXX-3 and "last week" only XXXX-WXX: which day or week that is depends on the year. With
 * the inferred day the time expressions are resolved again, exactly as for a dated article, and each event dated by
 * a masked value takes the recomputed value of the time expression it came from (the one with that value nearest
 * to the event's span). Values the text fixed (a month, a stated day) come out the same.
 */
final class Redater {
    private static final TimexResolver RESOLVER = new TimexResolver();
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");

    private Redater() {}

    /** The article with its events (and time expressions) dated against {@code day}; unchanged when not yearless. */
    static Annotated redate(Annotated a, LocalDate day) {
        String stated = a.article().publicationDate();
        if (day == null || stated == null || !stated.startsWith("XXXX")) return a;
        Anchor old = Anchors.of(a.article()).orElse(null);
        Anchor anchor = new Anchor(day, true, old == null ? null : old.homeZone());
        Map<Integer, Timex> byStart = new HashMap<>();
        for (Timex t : RESOLVER.resolve(a.article().body(), anchor)) byStart.put(t.start(), t);
        List<TimeExpression> timexes = new ArrayList<>();
        Map<TimeExpression, String> fresh = new HashMap<>();
        for (TimeExpression t : a.timexes()) {
            Timex n = byStart.get(t.start());
            String v = t.value() != null && t.value().contains("X") && n != null && n.value() != null ? n.value() : t.value();
            fresh.put(t, v);
            timexes.add(new TimeExpression(t.text(), t.type(), v, t.mod(), t.start(), t.end()));
        }
        List<Event> events = new ArrayList<>();
        for (Event e : a.events()) events.add(redate(e, a.timexes(), fresh, day));
        return new Annotated(a.article(), a.entities(), timexes, a.quotes(), events);
    }

    private static Event redate(Event e, List<TimeExpression> timexes, Map<TimeExpression, String> fresh, LocalDate day) {
        if (e.date() == null || !e.date().contains("X")) return e;
        Matcher weekday = WEEKDAY.matcher(e.date());
        if (weekday.matches()) {
            // Re-resolved here without the sentence, "on Tuesday" would always look back; the event knows better: a
            // plan lies ahead of the story's day, a report of what happened behind it.
            DayOfWeek dow = DayOfWeek.of(Integer.parseInt(weekday.group(1)));
            boolean ahead = e.status() != null && e.status().isAhead();
            LocalDate d = day.with(ahead ? TemporalAdjusters.nextOrSame(dow) : TemporalAdjusters.previousOrSame(dow));
            return withDate(e, d.toString());
        }
        TimeExpression best = null;
        int bestGap = Integer.MAX_VALUE;
        for (TimeExpression t : timexes) {
            if (!e.date().equals(t.value())) continue;
            int gap = t.start() >= e.start() && t.end() <= e.end() ? 0
                    : Math.min(Math.abs(t.start() - e.end()), Math.abs(e.start() - t.end()));
            if (gap < bestGap) { bestGap = gap; best = t; }
        }
        String v = best == null ? null : fresh.get(best);
        if (v == null || v.equals(e.date())) return e;
        return withDate(e, v);
    }

    private static Event withDate(Event e, String v) {
        return e.toBuilder().date(v).build();
    }
}
