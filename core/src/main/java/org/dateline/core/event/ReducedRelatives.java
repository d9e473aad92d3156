package org.dateline.core.event;

/**
 * "The medics detained by Israeli troops during a raid were beaten", "some of the men arrested by the police
 * were released": before a passive main verb the parser may read a reduced relative clause as a clause of its own,
 * the noun its active subject ("the medics detained ...": the medics detain) and the participle the main verb's
 * clausal subject. The coder then took the ones acted on for the doers, or found no event. A past participle that is
 * such a clausal subject, with a noun subject before it and no auxiliary (a clause of its own would have "who were",
 * "having been"), while the main verb has no subject of its own, is a reduced relative of that noun: the noun becomes
 * the main verb's subject and the participle qualifies it, as the parser reads "the hostages held by X" elsewhere.
 * The participle must have its own "by" agent: that is what marks it a passive. For a partitive ("some of the
 * medics") the participle qualifies the people counted. Run once by {@link Clause}.
 */
final class ReducedRelatives {
    private ReducedRelatives() {}

    static void repair(Clause c) {
        for (int a = 1; a < c.size(); a++) {
            int h = c.head(a);
            if (!c.pos(a).equals("VBN") || !c.relIs(a, "csubj:pass", "csubj") || h <= a) continue;
            if (!c.children(a, "aux").isEmpty() || !c.subjects(h).isEmpty() || !c.childrenExact(h, "nsubj:pass").isEmpty()) continue;
            // only with its own "by" agent: a past tense the tagger took for a participle ("the UN called for an
            // inquiry, and schools have been targeted") is a clause of its own, and has none
            if (PassiveRelatives.agents(c, a).isEmpty()) continue;
            var subjects = c.childrenExact(a, "nsubj");
            if (subjects.size() != 1 || subjects.get(0) > a) continue;
            int noun = subjects.get(0);
            c.move(noun, h, c.children(h, "aux:pass").isEmpty() ? "nsubj" : "nsubj:pass");
            c.move(a, countedPeople(c, noun), "acl");
        }
    }

    /** "some of the medics": the people a partitive counts, which the participle is about; else the noun itself. */
    private static int countedPeople(Clause c, int noun) {
        if (c.pos(noun).startsWith("NN")) return noun;
        for (int k : c.children(noun, "nmod")) if (c.caseOf(k).equals("of") && c.pos(k).startsWith("NN")) return k;
        return noun;
    }
}
