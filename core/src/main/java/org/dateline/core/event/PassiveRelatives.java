package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * A passive relative clause that names its doer with "by": reduced ("the hostages held by the rebels", "the sanctions
 * imposed on Iran by the Union") or full ("an amendment that was vetoed by Russia"). English tells a whole event this
 * way, inside a noun phrase: the noun the clause qualifies is the one acted on, the "by" phrase the one who acts. The
 * clause is a fact about that noun, stated whatever the sentence around it does: "demanded that the hostages held by
 * the rebels be freed" demands a release, not a hostage-taking, which has happened.
 * <p>
 * Without a "by" phrase the clause is left alone: "the men arrested on Monday" names no doer, and "a plan that would
 * end the war" is no passive.
 */
final class PassiveRelatives {
    private PassiveRelatives() {}

    /** Whether verb v is such a clause: a past participle qualifying a noun, with a "by" phrase of its own. */
    static boolean isOne(Clause c, int v) {
        if (v < 0 || !c.pos(v).equals("VBN") || !c.relIs(v, "acl")) return false;
        int noun = c.head(v);
        if (noun < 0 || !c.pos(noun).startsWith("NN")) return false;
        // the full clause is passive ("that was vetoed"); the reduced one has neither subject nor auxiliary
        boolean full = c.relIs(v, "acl:relcl");
        if (full && c.childrenExact(v, "aux:pass").isEmpty()) return false;
        if (!full && !c.subjects(v).isEmpty()) return false;
        return !agents(c, v).isEmpty();
    }

    /** The noun a passive relative clause v qualifies: the one acted on. */
    static int patient(Clause c, int v) { return c.head(v); }

    /**
     * The "by" phrases of verb v: who acts. A verb that names what it makes of its patient with "as" ("proscribed as a
     * terrorist group by the UK", "designated as a threat by Washington") may have its "by" phrase hung by the parser
     * on that "as" noun; it is still the verb's doer.
     */
    static List<Integer> agents(Clause c, int v) {
        List<Integer> out = new ArrayList<>();
        for (int k : c.children(v, "obl")) {
            if (c.caseOf(k).equals("by")) out.add(k);
            if (c.caseOf(k).equals("as")) for (int m : c.children(k, "nmod")) if (c.caseOf(m).equals("by")) out.add(m);
        }
        return out;
    }

    /** Whether word j lies in such a clause below the word top (top itself not counted): a fact, not a wish. */
    static boolean within(Clause c, int j, int top) {
        for (int n = j, guard = 0; n >= 0 && n != top && guard < 12; n = c.head(n), guard++) {
            if (isOne(c, n)) return true;
        }
        return false;
    }
}
