package org.dateline.core.event;

import java.util.Set;

/**
 * Gives an appeal back its addressee and what it asks for. In "appealed to Russia to release the journalist" or
 * "called upon all citizens to support the campaign" the parser may read the preposition as the marker of the
 * infinitive and the addressee as the infinitive's subject, an adverbial clause of the verb: the appeal then has no
 * one it is made to and no act it asks for. Right after a verb of appealing (addressed-request-verbs; nothing between
 * but its particles and adverbs), a preposition of address, a subject and an active "to" infinitive in that order are
 * the verb's oblique (the addressee, with its preposition) and its complement (the act asked for, done by the
 * addressee), as in "urged Russia to release". Run once by {@link Clause} on its arcs, before any coding.
 */
final class AddressedInfinitives {
    private static final Set<String> VERBS = EventWords.get("addressed-request-verbs");
    private static final Set<String> CASES = EventWords.get("addressed-request-cases");

    private AddressedInfinitives() {}

    static void repair(Clause c) {
        for (int a = 0; a < c.size(); a++) {
            int v = c.head(a);
            if (v < 0 || !c.relIs(a, "advcl") || !c.pos(v).startsWith("VB") || !VERBS.contains(c.lemma(v))) continue;
            int prep = -1, to = -1, subj = -1;
            boolean passive = false; // "to be held": no act the addressee is asked to do
            for (int k : c.children(a)) {
                if (c.rel(k).equals("mark") && prep < 0 && CASES.contains(c.lower(k))) prep = k;
                else if (c.rel(k).equals("mark") && c.lower(k).equals("to")) to = k;
                else if (c.rel(k).equals("nsubj")) subj = k;
                else if (c.rel(k).startsWith("aux")) passive = true;
            }
            if (passive || prep < 0 || to < 0 || subj < 0 || !(v < prep && prep < subj && subj < to && to < a)) continue;
            if (!adjacent(c, v, prep)) continue;
            c.move(prep, subj, "case");
            c.move(subj, v, "obl");
            c.move(a, v, "xcomp");
        }
    }

    /** Nothing but the verb's own particles and adverbs between the verb and the preposition. */
    private static boolean adjacent(Clause c, int v, int prep) {
        for (int k = v + 1; k < prep; k++) if (c.head(k) != v || !c.relIs(k, "compound:prt", "advmod")) return false;
        return true;
    }
}
