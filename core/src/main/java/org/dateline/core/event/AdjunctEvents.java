package org.dateline.core.event;

import java.util.Set;

/**
 * A meeting named in an adverbial of its clause: "During a visit to Kenya, the minister praised ...", "During a call
 * with the chancellor, the president discussed ...", "The envoy raised the issue during talks with Iran". The phrase
 * names the other side ("to", "with") but not who visits or calls: that is the subject of the clause the phrase modifies, as
 * the possessive of "during his visit to Kenya" would say. Such a noun is an event even when its row asks for a light
 * verb ("held a call with", "made a visit to"), since the adverbial is its own frame.
 */
final class AdjunctEvents {
    /** Prepositions that make an event noun an adverbial of time of its clause ("during"). */
    private static final Set<String> CASES = EventWords.get("adjunct-event-cases");
    /** Prepositions of the noun's own phrase that name the other side: "a visit to X", "a call with X". */
    private static final Set<String> SIDES = EventWords.get("adjunct-event-side-cases");

    private AdjunctEvents() {}

    /**
     * Whether noun i is a meeting noun in an adverbial of a verb ("during" + noun), with the other side in
     * its own phrase and no possessor or agent naming who meets.
     */
    static boolean isAdjunct(Clause c, int i, Trigger t) {
        if (!t.noun() || !t.cameo().startsWith(CameoCodes.CONSULT.substring(0, 2))) return false;
        int v = c.head(i);
        if (v < 0 || !c.relIs(i, "obl") || !c.pos(v).startsWith("VB") || !CASES.contains(c.caseOf(i))) return false;
        if (!c.children(i, "nmod:poss").isEmpty()) return false; // "during his visit": the possessor says who
        boolean side = false;
        for (int k : c.children(i, "nmod")) {
            if (c.caseOf(k).equals("by")) return false; // "during a visit by X": X visits
            side |= SIDES.contains(c.caseOf(k));
        }
        return side;
    }

    /** The verb whose subject makes the meeting of adverbial noun i (see {@link #isAdjunct}), or -1. */
    static int host(Clause c, int i, Trigger t) { return isAdjunct(c, i, t) ? c.head(i) : -1; }
}
