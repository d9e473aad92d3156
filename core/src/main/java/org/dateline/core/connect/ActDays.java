package org.dateline.core.connect;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.model.TimeExpression;

/**
 * The days a report's read sentence names for its act, whether or not the events stage tied one of them to the deed:
 * "the drone fired missiles in the border region on Wednesday morning", "strikes on February 9". The agency often
 * leads with a summing-up ("the occupiers continued to kill villagers") and tells the strike, with its day, in the
 * next sentence of the same paragraph; the report is then placed only by its publication, and a place struck again and
 * again ties it to every other strike there. Two military acts whose sentences both name days, and no day in common,
 * are two acts however alike their place and words ({@link DeedEvidence#military}).
 *
 * <p>A day counts when it is a full day (a date or a time of a day), not after the report's publication, not a
 * cited source's day ({@link CitedDays}), and not the day something was said about the act ({@code
 * said-day-verbs}: "an official said Thursday") nor the first or last day of a span ({@code span-day-links}: "in
 * four days from March 9"), which says no one day the act was done on.
 */
final class ActDays {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Set<String> SAID = ConnectWords.get("said-day-verbs");
    private static final Set<String> SPAN_LINKS = ConnectWords.get("span-day-links");
    /** How many words before a day a verb of saying or a span's link may stand: "said on Thursday". */
    private static final int REACH = 2;

    private ActDays() {}

    /** True when both reports name days of their act and none is a day of both. */
    static boolean apart(EventMention a, EventMention b) {
        Set<LocalDate> x = of(a), y = of(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        for (LocalDate d : x) if (y.contains(d)) return false;
        return true;
    }

    /** The full days the report's read sentence names for its act, with its own stated day. */
    static Set<LocalDate> of(EventMention m) {
        Set<LocalDate> out = new HashSet<>();
        if (m.anchored() && m.span() != null && m.span().days() == 1) out.add(m.span().first());
        String body = m.context().body();
        int start = m.mention().start(), end = m.mention().end();
        if (body == null || start < 0 || end > body.length() || end < start) return out;
        int[] sentence = Sentences.span(body, start, end);
        for (TimeExpression t : m.context().timexes()) {
            if (t.start() < sentence[0] || t.end() > sentence[1] || t.value() == null) continue;
            if (!DAY.matcher(t.value()).matches() || CitedDays.cited(body, t) || notTheAct(body, sentence[0], t)) continue;
            try {
                LocalDate d = LocalDate.parse(t.value().substring(0, 10));
                if (m.day() == null || !d.isAfter(m.day())) out.add(d);
            } catch (DateTimeParseException e) {
                // a value the resolver wrote out of range ("2012-02-30") names no day
            }
        }
        return out;
    }

    /** True when a verb of saying or a span's link stands just before the day: the day is not the act's. */
    private static boolean notTheAct(String body, int from, TimeExpression t) {
        List<String> before = Tellings.words(body.substring(Math.max(from, 0), Math.max(from, t.start())));
        for (int i = Math.max(0, before.size() - REACH); i < before.size(); i++) {
            String w = before.get(i);
            if (SAID.contains(w) || SPAN_LINKS.contains(w)) return true;
        }
        return false;
    }
}
