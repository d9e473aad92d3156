package org.dateline.core.event;

import java.util.Set;

/**
 * Gives a gerund after "after", "before" or "since" back its object. In "returned home after visiting Cuba" the parser
 * may read the gerund as an adjective of the name that follows ("visiting Cuba" as one would read "visiting hours"),
 * and the name as an oblique of the main verb: the visit is then lost. A present participle right after one of the
 * gerund-cases, modifying the proper name that heads that oblique (nothing between them but the name's determiners
 * and compounds), is an adverbial clause of the main verb, marked by the preposition, with the name as its object.
 * Run once by {@link Clause} on its arcs, before any coding.
 */
final class GerundAfterPreposition {
    private static final Set<String> CASES = EventWords.get("gerund-cases");

    private GerundAfterPreposition() {}

    static void repair(Clause c) {
        for (int g = 1; g < c.size(); g++) {
            int name = c.head(g);
            if (!c.relIs(g, "amod") || !c.pos(g).equals("VBG") || name <= g || !c.pos(name).startsWith("NNP")) continue;
            int v = c.head(name);
            int p = g - 1;
            if (v < 0 || !c.relIs(name, "obl") || c.head(p) != name || !c.rel(p).equals("case") || !CASES.contains(c.lower(p))) continue;
            boolean tight = true;
            for (int k = g + 1; k < name; k++) if (c.head(k) != name || !c.relIs(k, "det", "compound", "amod")) tight = false;
            if (!tight) continue;
            c.move(g, v, "advcl");
            c.move(p, g, "mark");
            c.move(name, g, "obj");
        }
    }
}
