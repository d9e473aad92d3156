package org.dateline.core.event;

import java.util.Set;

/**
 * A motion told by the verb "move" ("the government moved to dismiss the lawsuit", "the defence has moved to suppress
 * the evidence"): a party to a case asking the court for a ruling, a filing like a motion filed (REQUEST 020, CODING.md
 * question 88). Only with an infinitive of what courts grant ({@code court-motion-verbs}) acting on a thing of a case
 * ({@code court-case-nouns}): "moved to Paris", "moved to expand the factory" and "moved to dismiss 200 workers" ask no
 * court for anything. The parser often takes the infinitive's
 * "to" for a preposition ("moved" with an oblique "dismiss"), so a verb hung on "move" with the case "to" counts as
 * its infinitive.
 */
final class CourtMotions {
    /**
     * CAMEO 020, "make an appeal or request": what a motion is. A wrapper, as "asked to" is: what the court is moved to
     * do ("dismiss the charges") is the motion's topic, not an act done.
     */
    static final Trigger MOTION = new Trigger("move", false, "020", true, Set.of(), Set.of(), Set.of(), false, false,
            false, false);
    /** Verbs of what a court is moved to do ("dismiss", "suppress", "quash"). Lemmas. */
    private static final Set<String> GRANTED = EventWords.get("court-motion-verbs");
    /** Verbs of making a motion. Lemmas. */
    private static final Set<String> MOVING = EventWords.get("court-moving-verbs");
    /** Things of a case a motion acts on ("the lawsuit", "the evidence"). Lemmas. */
    private static final Set<String> CASE_THINGS = EventWords.get("court-case-nouns");

    private final Clause c;

    CourtMotions(Clause c) { this.c = c; }

    /** The motion verb i makes, or null when it is no motion. */
    Trigger motion(int i) {
        if (!c.pos(i).startsWith("VB") || !MOVING.contains(c.lemma(i))) return null;
        for (int k : c.children(i, "xcomp", "obl")) {
            if (!c.pos(k).startsWith("VB") || !GRANTED.contains(c.lemma(k))) continue;
            boolean infinitive = c.rel(k).equals("xcomp") ? c.pos(k).equals("VB") : c.caseOf(k).equals("to");
            if (infinitive && (onCaseThing(k) || onCaseThing(i))) return MOTION;
        }
        return null;
    }

    /** Whether verb v's object is a thing of a case; the misparse hangs the infinitive's object on "move". */
    private boolean onCaseThing(int v) {
        return c.children(v, "obj").stream().anyMatch(o -> CASE_THINGS.contains(c.lemma(o)));
    }
}
