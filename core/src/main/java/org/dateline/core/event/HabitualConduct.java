package org.dateline.core.event;

import java.util.Set;

/**
 * Conduct told as a lasting habit of the past is a portrait, no event: "he always extended positive support to the
 * cause of the Cambodian people", "the authorities have persistently cracked down upon the organization". An adverb
 * of constancy ({@code constancy-adverbs}) on a verb in the past or the perfect sums up years of acts with no one
 * of them in view, as the hand-coding conventions say of habitual statements; a single act of the day has no such
 * adverb. The present habit of a named body ("police often arrest protesters") is {@link Unasserted}'s and stays an
 * event, and so does a repeated act ("repeatedly shelled the town"), which tells acts that happened.
 */
final class HabitualConduct {
    private static final Set<String> CONSTANCY = EventWords.get("constancy-adverbs");

    private final Clause c;

    HabitualConduct(Clause c) {
        this.c = c;
    }

    /** Whether the verb v, in the past or the perfect, carries an adverb of constancy. */
    boolean habitual(int v) {
        if (v < 0 || !pastOrPerfect(v)) return false;
        return c.children(v, "advmod").stream().anyMatch(a -> CONSTANCY.contains(c.lower(a)));
    }

    private boolean pastOrPerfect(int v) {
        String p = c.pos(v);
        if (p.equals("VBD")) return true;
        return p.equals("VBN") && c.perfect(v);
    }
}
