package org.dateline.core.event;

import java.util.List;

/**
 * Gives back its subject to a verb whose fronted adjunct swallowed it. In "In their joint statement issued after the
 * talks, Yeltsin and Kuchma called for ratification" the parser may read "Yeltsin and Kuchma" as more conjuncts of
 * "talks", the last noun of the adjunct before the comma, and leave "called" with no subject. When a finite verb has
 * none, and the names right before it are conjuncts, set off by a comma, of a noun inside an adjunct the verb itself
 * governs and that comes before it, those names are the verb's subject: the first becomes its subject, the others
 * its conjuncts. A list that ends before the verb ("met envoys, ministers and aides, then left") is left alone: the
 * names must run up to the verb. Run once by {@link Clause} on its arcs, before any coding.
 */
final class FrontedAdjunctSubjects {
    private FrontedAdjunctSubjects() {}

    static void repair(Clause c) {
        for (int v = 1; v < c.size(); v++) {
            if (!finite(c, v) || !c.subjects(v).isEmpty() || !c.relIs(v, "root", "ccomp")) continue;
            int first = firstSwallowed(c, v);
            if (first < 0) continue;
            int h = c.head(first);
            c.move(first, v, "nsubj");
            for (int k : List.copyOf(c.children(h, "conj"))) if (k > first && k < v) c.move(k, first, "conj");
        }
    }

    /** A verb that needs a subject of its own: past or present tense, not a participle, an infinitive or an imperative. */
    private static boolean finite(Clause c, int v) {
        String p = c.pos(v);
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP");
    }

    /**
     * The first of the names before verb v that the parser hung as conjuncts of a noun of v's fronted adjunct, or -1:
     * a proper noun conjunct right after a comma, whose head lies before the comma under an adjunct of v, with every
     * word from it to the verb inside those conjuncts.
     */
    private static int firstSwallowed(Clause c, int v) {
        int last = v - 1;
        if (!c.pos(last).startsWith("NNP")) return -1;
        int conj = topConjunct(c, last);
        if (conj < 0) return -1;
        int h = c.head(conj);
        int first = -1;
        for (int k : c.children(h, "conj")) {
            if (k < v && k > 0 && c.lower(k - 1).equals(",") && c.pos(k).startsWith("NNP")) { first = k; break; }
        }
        if (first < 0 || !adjunctOf(c, h, v)) return -1;
        for (int k = first; k < v; k++) if (!within(c, k, h, first)) return -1;
        return first;
    }

    /** The conjunct of the chain word {@code i} lies in: i itself or the nominal it modifies, when it is a conj. */
    private static int topConjunct(Clause c, int i) {
        for (int x = i, guard = 0; x >= 0 && guard < 4; x = c.head(x), guard++) {
            if (c.relIs(x, "conj")) return x;
            if (!c.relIs(x, "compound", "flat", "appos", "amod", "det")) return -1;
        }
        return -1;
    }

    /** Whether noun h hangs, through nominal and clausal modifiers, under an adjunct of v that comes before v. */
    private static boolean adjunctOf(Clause c, int h, int v) {
        for (int x = h, guard = 0; x >= 0 && guard < 8; x = c.head(x), guard++) {
            if (c.head(x) == v) return x < v && c.relIs(x, "obl", "advcl", "nmod");
        }
        return false;
    }

    /** Whether word k is one of h's conjuncts from {@code first} on, or lies below one, or is their "and" or comma. */
    private static boolean within(Clause c, int k, int h, int first) {
        for (int x = k, guard = 0; x >= 0 && guard < 6; x = c.head(x), guard++) {
            if (c.head(x) == h && c.relIs(x, "conj") && x >= first) return true;
            if (x == h) return c.relIs(k, "punct", "cc");
        }
        return false;
    }
}
