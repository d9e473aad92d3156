package org.dateline.core.event;

import java.util.Set;

/**
 * The one a relative pronoun stands for: "Saddam Hussein, with whom the king met on Monday" (Saddam Hussein), "the
 * envoy, who met the premier" (the envoy). The relative clause's own noun when the parser hangs the clause on it
 * ({@code acl:relcl}); when it hangs the clause elsewhere (often on the main verb, as {@code dep}), the nominal
 * written right before the pronoun, its preposition and a comma, as the sentence reads: the head of that nominal,
 * not the last noun of its "of" phrase ("King Abdullah of Jordan, with whom" is the king). In a partitive relative
 * ("members of the UN, the majority of whom", "envoys, most of whom") the pronoun stands for the nominal before the
 * partitive, never for the partitive that holds it: that would make the part its own antecedent.
 */
final class RelativePronouns {
    private static final Set<String> PRONOUNS = EventWords.get("relative-person-pronouns");

    private RelativePronouns() {}

    /** The nominal relative pronoun i stands for, or -1 when i is none or the sentence shows none before it. */
    static int antecedent(Clause c, int i) {
        if (i < 0 || !c.pos(i).startsWith("WP") || !PRONOUNS.contains(c.lower(i))) return -1;
        int holder = c.head(i); // "the majority of whom": the partitive whose "of" phrase the pronoun is
        boolean partitive = holder >= 0 && holder < i && c.pos(holder).startsWith("NN") && c.relIs(i, "nmod")
                && c.caseOf(i).equals("of");
        if (partitive) return nominalEndingAt(c, firstWordOf(c, holder) - 1);
        for (int x = c.head(i), guard = 0; x >= 0 && guard < 3; x = c.head(x), guard++) {
            if (c.relIs(x, "acl:relcl")) return c.head(x) < i ? c.head(x) : -1;
            if (c.pos(x).startsWith("VB")) break;
        }
        int before = i - 1;
        if (before >= 0 && c.caseOf(i).equals(c.lower(before))) before--; // "with whom"
        return nominalEndingAt(c, before);
    }

    /** The head of the nominal that ends at token {@code end}, a comma before it skipped, or -1 when none ends there. */
    private static int nominalEndingAt(Clause c, int end) {
        int before = end;
        if (before >= 0 && c.lower(before).equals(",")) before--;
        if (before < 0 || !c.pos(before).startsWith("NN")) return -1;
        // the head of the nominal that ends there: "King Abdullah of Jordan, with whom" stands for the king
        int n = before;
        for (int guard = 0; guard < 6; guard++) {
            int h = c.head(n);
            if (h < 0 || !c.pos(h).startsWith("NN")) break;
            if (c.relIs(n, "compound", "flat") && h > n || c.relIs(n, "nmod", "appos") && h < n) n = h;
            else break;
        }
        return n;
    }

    /** The first token of the phrase headed by h among its left dependents ("the majority": "the"). */
    private static int firstWordOf(Clause c, int h) {
        int first = h;
        for (int k : c.children(h)) if (k < first) first = k;
        return first;
    }
}
