package org.dateline.core.event;

import java.util.Set;

/**
 * What a memory verb holds is a past act. "He recalled that the leader invited him", "she recollected the days
 * when she was received by the minister", "remembered how the rebels attacked the town": the invitation, the
 * reception, the attack happened before the remembering, often years before; the article's day is the day of the
 * remembering. Such an event takes the date its own words give ("recalled that in May he met ...") or none. Not an
 * infinitive: "remembered to send a message" sent it then (implicative-verbs).
 */
final class Recollections {
    private static final Set<String> MEMORY_VERBS = EventWords.get("memory-verbs");
    private static final Set<String> COMPLEMENTS = EventWords.get("memory-complement-relations");
    private static final Set<String> PRESENT_AUX = EventWords.get("memory-present-auxiliaries");

    private Recollections() {}

    /** Whether any of the event's words lies in what a memory verb of its clause remembers. */
    static boolean remembered(Clause c, Set<Integer> words) {
        for (int a : words) if (!presentOrFuture(c, a) && underMemory(c, a)) return true;
        return false;
    }

    /**
     * Climbs from the event's word to the first memory verb; the branch it arrives by must be what is remembered
     * (a complement: that-clause, object, gerund), not the occasion of the remembering ("recalled at a meeting that
     * ...", "recalled, when he visited X, that ...").
     */
    private static boolean underMemory(Clause c, int a) {
        for (int n = a, guard = 0; n >= 0 && guard < 10; n = c.head(n), guard++) {
            int h = c.head(n);
            if (h < 0) return false;
            if (c.pos(h).startsWith("VB") && MEMORY_VERBS.contains(c.lemma(h))) {
                return COMPLEMENTS.contains(c.rel(n)) && !toInfinitive(c, n);
            }
        }
        return false;
    }

    /** "remembered to send": a "to" infinitive under the memory verb (implicative: done then). */
    private static boolean toInfinitive(Clause c, int v) {
        return c.children(v, "mark").stream().anyMatch(m -> c.lower(m).equals("to"));
    }

    /** A verb in the present or with a present or future auxiliary: "recalled that X is staging drills". */
    private static boolean presentOrFuture(Clause c, int a) {
        String pos = c.pos(a);
        if (pos.equals("VBZ") || pos.equals("VBP")) return true;
        for (int x : c.children(a, "aux")) if (PRESENT_AUX.contains(c.lower(x))) return true;
        return false;
    }
}
