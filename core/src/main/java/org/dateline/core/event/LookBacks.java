package org.dateline.core.event;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Phrases right under the event's words (or, put before the first of coordinated verbs, under that verb) that place
 * it in the past without a date of its own. "Several times in the new century", "in the past", "in his lifetime",
 * "during the war": a past the text does not date, so no date. "In those days", "at that time": the time the sentence
 * before named, when it named one, else none. What counts as such a cue is {@link PastCues}'s; this class only looks
 * for it where it may be and dates the event by it.
 */
final class LookBacks {
    private final ClauseTimes times;
    private final Clause c;
    private final PastCues past;

    LookBacks(ClauseTimes times, PastCues past) {
        this.times = times;
        this.c = times.c;
        this.past = past;
    }

    /** Dates the draft by the sentence before, or marks it an undated past, when a cue under its words says so. */
    void date(Draft d, Set<Integer> words) {
        for (int w : cueHolders(words)) {
            for (int k : c.children(w, "obl", "obl:tmod", "nmod:tmod", "advmod", "obl:npmod", "nmod")) {
                if (!words.contains(w) && k > w) continue; // the first verb's own, not put before it
                if (c.relIs(k, "nmod") && !c.relIs(k, "nmod:tmod") && !c.pos(w).startsWith("NN")) continue;
                if (past.undated(k)) {
                    d.undatedPast = true;
                } else if (past.pointsBack(k)) {
                    String then = times.dateOfSentenceBefore();
                    if (then != null) ClauseTimes.set(d, then, null);
                    else d.undatedPast = true;
                }
                if (d.date != null || d.undatedPast) return;
            }
        }
    }

    /** The event's words, and the first of the verbs it is coordinated with when the cue may be that verb's. */
    private Set<Integer> cueHolders(Set<Integer> words) {
        Set<Integer> out = new LinkedHashSet<>(words);
        for (int a : words) if (c.relIs(a, "conj") && c.pos(a).startsWith("VB")) out.add(c.head(a));
        return out;
    }
}
