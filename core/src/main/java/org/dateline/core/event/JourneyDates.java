package org.dateline.core.event;

import java.util.Map;
import java.util.Set;

import org.dateline.model.TimeExpression;

/**
 * "travel to Beijing on Thursday to meet Zhao": a journey and its purpose share a day. A date written between the
 * travel verb and its purpose dates the journey, whichever of the two the parser hung it from; and a purpose left
 * undated at the end takes the journey's date.
 */
final class JourneyDates {
    private final ClauseTimes times;

    JourneyDates(ClauseTimes times) {
        this.times = times;
    }

    /** Dates each journey by an expression written between its travel verb and the words of its purpose. */
    void journeys(Map<Draft, Set<Integer>> anchorsOf) {
        for (TimeExpression t : times.timexes) {
            if (!times.inSentence(t)) continue;
            int h = times.circ.headOf(t);
            if (h < 0) continue;
            for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
                int j = e.getKey().journey;
                if (j < 0 || h <= j || e.getValue().stream().noneMatch(a -> a > h)) continue;
                for (Map.Entry<Draft, Set<Integer>> trip : anchorsOf.entrySet()) {
                    if (trip.getValue().contains(j) && trip.getKey().date == null) times.set(trip.getKey(), t);
                }
            }
        }
    }

    /** An undated purpose takes the date its journey ended up with. */
    void purposes(Map<Draft, Set<Integer>> anchorsOf) {
        for (Draft d : anchorsOf.keySet()) {
            if (d.date != null || d.journey < 0) continue;
            for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
                if (e.getValue().contains(d.journey) && e.getKey().date != null) {
                    ClauseTimes.set(d, e.getKey().date, e.getKey().dateMod);
                }
            }
        }
    }
}
