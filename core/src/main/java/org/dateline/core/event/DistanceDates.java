package org.dateline.core.event;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.TimeExpression;

/**
 * "made the remarks at a hearing, a day after she hosted her counterparts for talks": a distance followed by
 * "after" or "before" places the event the subordinator introduces that far from the moment it is counted from.
 * That moment is the day the words above it are dated by in this sentence, else the one day the sentence before
 * names ("told lawmakers on Wednesday", then "made the remarks ..."): news tells the moment first and refers back
 * to it. Days and weeks only; "months after" is left to the publication date.
 */
final class DistanceDates {
    /** A distance in days or weeks, as the time stage writes it ("a day" P1D, "two weeks" P2W). */
    private static final Pattern DAYS_OR_WEEKS = Pattern.compile("P(\\d+)([DW])");
    /** How far up the parse the moment a distance is counted from may be looked for. */
    private static final int MAX_CLIMB = 10;

    private final ClauseTimes times;

    DistanceDates(ClauseTimes times) {
        this.times = times;
    }

    void assign(Map<Draft, Set<Integer>> anchorsOf) {
        Clause c = times.c;
        for (TimeExpression t : times.timexes) {
            if (!"DURATION".equals(t.type()) || t.value() == null || !times.inSpan(t)) continue;
            Matcher m = DAYS_OR_WEEKS.matcher(t.value());
            if (!m.matches()) continue;
            int sub = times.tokenAfter(t);
            if (sub < 0 || !(c.lower(sub).equals("after") || c.lower(sub).equals("before"))) continue;
            int event = c.head(sub);
            LocalDate from = momentAbove(event);
            if (event < 0 || from == null) continue;
            int n = Integer.parseInt(m.group(1)) * (m.group(2).equals("W") ? 7 : 1);
            // "a day after X": X came a day before the moment; "a day before X": X came a day after it
            LocalDate day = c.lower(sub).equals("after") ? from.minus(Period.ofDays(n)) : from.plus(Period.ofDays(n));
            for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
                if (e.getValue().contains(event) && e.getKey().date == null) {
                    ClauseTimes.set(e.getKey(), day.toString(), null);
                }
            }
        }
    }

    /** The full day dating the nearest word above {@code w}, else the one full day the sentence before names. */
    private LocalDate momentAbove(int w) {
        Clause c = times.c;
        for (int n = c.head(w), guard = 0; n >= 0 && guard < MAX_CLIMB; n = c.head(n), guard++) {
            TimeExpression t = times.dateOfWord(n);
            if (t != null) return ClauseTimes.day(Circumstances.dateValue(t));
        }
        if (times.before == null) return null;
        LocalDate only = null;
        for (TimeExpression t : times.timexes) {
            if (!times.inSentenceBefore(t)) continue;
            LocalDate d = ClauseTimes.day(Circumstances.dateValue(t));
            if (d == null || only != null && !only.equals(d)) return null;
            only = d;
        }
        return only;
    }
}
