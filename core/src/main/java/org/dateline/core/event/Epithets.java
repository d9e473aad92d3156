package org.dateline.core.event;

import java.util.Set;

/**
 * A deed told in a relative clause on a noun that says what someone is, is an epithet, no report: "praised the
 * Korean people as the heroic people who defeated the invaders", "it was a just war of a people who beat back the
 * aggression". The noun the clause hangs from is a predicate ("was a war of ...") or a role given with "as"
 * ({@code epithet-cases}), directly or through the nouns it modifies; the clause tells what earns the description,
 * years back as often as not, not an act of the day, as the hand-coding conventions leave background epithets
 * uncoded. A relative clause with its own time ("the troops who shelled the town on Monday") still reports an act,
 * and so does one on a plain subject or object ("the troops who shelled the town were withdrawn").
 */
final class Epithets {
    private static final Set<String> CASES = EventWords.get("epithet-cases");
    /** How many nouns up the clause's noun may lie below the predicate ("a war of the people who ..."). */
    private static final int MAX_CLIMB = 3;

    private final Clause c;

    Epithets(Clause c) {
        this.c = c;
    }

    /** Whether the verb v is a deed in a relative clause on a predicate or "as" noun ("beat" may be tagged present). */
    boolean epithet(int v) {
        if (v < 0 || !c.relIs(v, "acl:relcl") || timed(v)) return false;
        int n = c.head(v);
        for (int k = 0; n >= 0 && k < MAX_CLIMB; k++, n = c.head(n)) {
            if (!c.pos(n).startsWith("NN")) return false;
            if (!c.children(n, "cop").isEmpty() || CASES.contains(c.caseOf(n))) return true;
            if (!c.relIs(n, "nmod")) return false;
        }
        return false;
    }

    /** Whether a time expression hangs from the verb ("who shelled the town on Monday"). */
    private boolean timed(int v) {
        for (int x : c.subtree(v)) if (c.isTime(x)) return true;
        return false;
    }
}
