package org.dateline.core.event;

import java.util.Set;

/**
 * A measure one party lays on another, named with both and no verb: "U.S. sanctions on Russia have hurt its economy",
 * "the Union's embargo on Russian oil took effect". News names standing measures so, as the subject of what they
 * cause or inside a phrase ("under U.S. sanctions on Iran"); the noun is the act, its owner (a possessor or a proper
 * name compound) imposes it, and its "on" or "against" phrase is what it bears on. A measure that is a verb's object
 * is that verb's affair: "imposed sanctions on X" is coded from the light verb, "lifted U.S. sanctions on X" is a
 * lifting. The nouns are word-lists.txt {@code owned-measure-nouns}.
 */
final class OwnedMeasures {
    private static final Set<String> MEASURES = EventWords.get("owned-measure-nouns");
    private static final Set<String> TARGET_CASES = EventWords.get("measure-target-cases");

    private OwnedMeasures() {}

    /** Whether noun i is such a measure: owned, aimed at someone, and no verb's object. */
    static boolean named(Clause c, int i) {
        if (!MEASURES.contains(c.lemma(i)) || c.relIs(i, "obj")) return false;
        boolean owned = c.childrenExact(i, "nmod:poss").stream().anyMatch(p -> !c.pos(p).equals("PRP$"))
                || c.children(i, "compound").stream().anyMatch(k -> c.pos(k).startsWith("NNP"));
        return owned && c.children(i, "nmod").stream().anyMatch(k -> TARGET_CASES.contains(c.caseOf(k)));
    }
}
