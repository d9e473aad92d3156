package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.model.TimeExpression;

/**
 * "The Nigerian president went to Benin on the same day", "a Turkish paper on that day carried an article praising
 * X": a day named by reference, not by date. It is the day the story named last before this sentence, which is often
 * some sentences back (a round-up of foreign papers names the day once, then "on the same day" for each next paper);
 * the article's own day would be wrong whenever that day was not today. Only a full day counts ("May 2", "Monday"):
 * when the date named last is a year or a month, the reference is left unresolved.
 */
final class SameDayReferences {
    private static final Set<String> SAME_DAY_MODIFIERS = EventWords.get("same-day-modifiers");
    private static final String DAY = "day";

    private SameDayReferences() {}

    /**
     * The day an event of these words refers back to with "the same day" or "that day" on one of them, on the first
     * of coordinated verbs, or on the verb whose object a participle describes ("carried an article praising X"), or
     * on the subject of any of these ("the paper on the same day carried"); null when none of them has such a phrase
     * or the story named no full day before this sentence.
     */
    static TimeExpression of(Clause c, Set<Integer> words, List<TimeExpression> timexes) {
        for (int a : words) {
            for (int w : new int[] {a, governor(c, a)}) {
                if (w >= 0 && (refersBack(c, w) || c.subjects(w).stream().anyMatch(s -> refersBack(c, s)))) {
                    return latestDayBefore(c, timexes);
                }
            }
        }
        return null;
    }

    /** The first of coordinated verbs, or the verb of the noun a participle hangs on; -1 when neither. */
    private static int governor(Clause c, int a) {
        if (c.relIs(a, "conj")) return c.head(a);
        int noun = c.relIs(a, "acl") ? c.head(a) : -1;
        return noun >= 0 && c.relIs(noun, "obj") ? c.head(noun) : -1;
    }

    /** Whether word w has a "the same day", "that day" phrase under it. */
    private static boolean refersBack(Clause c, int w) {
        for (int k : c.children(w, "obl", "obl:tmod", "nmod:tmod", "obl:npmod", "nmod")) {
            if (!c.lemma(k).equals(DAY)) continue;
            for (int m : c.children(k, "amod", "det")) if (SAME_DAY_MODIFIERS.contains(c.lower(m))) return true;
        }
        return false;
    }

    /** The date named last before the clause's sentence when it is a full day, else null. */
    private static TimeExpression latestDayBefore(Clause c, List<TimeExpression> timexes) {
        TimeExpression latest = null;
        for (TimeExpression t : timexes) {
            if (!Circumstances.dates(t) || t.end() > c.sentence.start()) continue;
            if (latest == null || t.start() > latest.start()) latest = t;
        }
        return latest == null || ClauseTimes.day(Circumstances.dateValue(latest)) == null ? null : latest;
    }
}
