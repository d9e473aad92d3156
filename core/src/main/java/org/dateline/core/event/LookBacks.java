package org.dateline.core.event;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Phrases right under the event's words (or, put before the first of coordinated verbs, under that verb) that place
 * it in the past without a date of its own. "Several times in the new century", "in the past", "in his lifetime",
 * "during the Korean War": a past the text does not date, so no date, and when the cue names an age ({@link
 * UndatedAges}) no event: CODING.md section 7 and question 126 make a past act retold with no date of its own
 * background. "In those days", "at that time": the time the sentence
 * before named, when it named one, else none. What counts as such a cue is {@link PastCues}'s; this class only looks
 * for it where it may be and dates the event by it.
 */
final class LookBacks {
    private final ClauseTimes times;
    private final Clause c;
    private final PastCues past;
    private final UndatedAges ages;

    LookBacks(ClauseTimes times, PastCues past) {
        this.times = times;
        this.c = times.c;
        this.past = past;
        this.ages = new UndatedAges(c, past);
    }

    /** Dates the draft by the sentence before, or marks it an undated past, when a cue under its words says so. */
    void date(Draft d, Set<Integer> words) {
        for (int w : cueHolders(words)) {
            for (int k : c.children(w, "obl", "obl:tmod", "nmod:tmod", "advmod", "obl:npmod", "nmod")) {
                if (!words.contains(w) && (w < minOf(words) ? k > w : k < w)) continue; // the other verb's own
                if (c.relIs(k, "nmod") && !c.relIs(k, "nmod:tmod") && !c.pos(w).startsWith("NN")) continue;
                if (past.undated(k)) {
                    d.undatedPast = true;
                    d.pastAge = !past.repeats(k);
                    // acts told as done again and again, conduct kept up for years and acts told only in an age with
                    // no date are no event (section 7, question 126); a term, a running total, a prior act stay
                    Background why = ages.background(k, w);
                    if (why != null) d.background = why;
                } else if (past.pointsBack(k)) {
                    String then = times.dateOfSentenceBefore();
                    if (then != null) ClauseTimes.set(d, then, null);
                    else d.undatedPast = true;
                }
                if (d.date != null || d.undatedPast) return;
            }
        }
    }

    /**
     * The event's words, and the verbs it is coordinated with when the cue may be theirs too: one put before the
     * first verb ("in those days they burned and looted"), or after the last ("were abducted and reported missing
     * one after another").
     */
    private Set<Integer> cueHolders(Set<Integer> words) {
        Set<Integer> out = new LinkedHashSet<>(words);
        for (int a : words) {
            if (!c.pos(a).startsWith("VB")) continue;
            if (c.relIs(a, "conj")) out.add(c.head(a));
            for (int later : c.children(a, "conj")) if (c.pos(later).startsWith("VB")) out.add(later);
        }
        return out;
    }

    private static int minOf(Set<Integer> words) {
        return words.stream().mapToInt(Integer::intValue).min().orElse(-1);
    }
}
