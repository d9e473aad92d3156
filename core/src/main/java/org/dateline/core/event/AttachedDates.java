package org.dateline.core.event;

import java.util.Map;
import java.util.Set;

import org.dateline.model.TimeExpression;

/**
 * The first way a clause's events are dated: each calendar expression goes to the event whose words its attachment
 * first climbs to. An expression inside a wrapped clause ("offered to hold talks in late September") dates the inner
 * event, not the offer; the climb stops at a clause of its own (ccomp, advcl, parataxis), whose date is not the
 * governing verb's.
 */
final class AttachedDates {
    /** How far up the parse an expression may climb to reach an event's word. */
    private static final int MAX_CLIMB = 12;
    /** The nouns of a dated issue of a publication, whose date is its publishing's. */
    private static final Set<String> ISSUE_NOUNS = EventWords.get("publication-issue-nouns");

    private final ClauseTimes times;
    private final Clause c;

    AttachedDates(ClauseTimes times) {
        this.times = times;
        this.c = times.c;
    }

    /**
     * @param anchorsOf  each draft with its own words (trigger, light verb)
     * @param innerWords words of events folded into a wrapper: a date reached through them is theirs
     */
    void assign(Map<Draft, Set<Integer>> anchorsOf, Set<Integer> innerWords) {
        for (TimeExpression t : times.timexes) {
            if (!times.inSentence(t)) continue;
            int h = times.circ.headOf(t);
            if (h < 0 || namesAThing(h, anchorsOf)) continue;
            boolean placed = false;
            for (int n = c.head(h), guard = 0; n >= 0 && guard < MAX_CLIMB && !placed; n = c.head(n), guard++) {
                if (innerWords.contains(n)) break;
                for (Map.Entry<Draft, Set<Integer>> e : anchorsOf.entrySet()) {
                    if (!e.getValue().contains(n)) continue;
                    if (e.getKey().date == null) times.set(e.getKey(), t);
                    placed = true;
                }
                if (c.relIs(n, "ccomp", "advcl", "parataxis")) break;
            }
        }
    }

    /**
     * A date written before a noun that is not an event's word describes that thing ("provided the June 15
     * joint declaration", "marked the October 4 anniversary"): often a date of another year, never the day the
     * clause's event happened. Not so of a publication's issue ("in its March issue devoted a page", "the June 2
     * edition carried"): its date is the day it came out, the day of what it published.
     */
    private boolean namesAThing(int h, Map<Draft, Set<Integer>> anchorsOf) {
        int noun = c.head(h);
        if (noun < 0 || noun <= h || !c.pos(noun).startsWith("NN") || ISSUE_NOUNS.contains(c.lemma(noun))) return false;
        for (Set<Integer> words : anchorsOf.values()) if (words.contains(noun)) return false;
        return true;
    }
}
