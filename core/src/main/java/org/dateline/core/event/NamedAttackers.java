package org.dateline.core.event;

import java.util.Set;

/**
 * An attack named by a noun with its attacker and no light verb: "the air raid of the U.S. forces", "a counteroffensive
 * by the Israeli military in Gaza", "Israel's strikes on Gaza". News tells attacks so when it reports what they caused
 * or what others said of them ("sparked a counteroffensive by X", "denounced the air raid of the U.S. forces"); the
 * noun is the act, the one its "by" phrase names (or its "of" phrase, when that names an armed force; or its
 * possessor, when an "on"/"against" phrase names the target) carries it out. Not a noun that is the topic of another
 * noun ("fears of an attack by X", "the issue of air raids by Y"): that one is talked about, not reported; nor the
 * subject of a verb, which tells the attack itself ("the attack by X killed ten"). The nouns
 * are the attack rows of triggers.tsv (codes under attack-code-roots of word-lists.txt).
 */
final class NamedAttackers {
    private static final Set<String> ARMED = EventWords.get("armed-agents");
    private static final Set<String> ROOTS = EventWords.get("attack-code-roots");
    private static final Set<String> TARGET_CASES = EventWords.get("attack-target-cases");

    private NamedAttackers() {}

    /** Whether noun i, an event noun of trigger t, is an attack its attacker is named with. */
    static boolean named(Clause c, int i, Trigger t) {
        if (!t.noun() || t.cameo().length() < 2 || !ROOTS.contains(t.cameo().substring(0, 2))) return false;
        if (c.relIs(i, "nmod") && c.caseOf(i).equals("of")) return false; // "fears of an attack by X": a topic
        // "the attack by X killed ten": the verb tells the attack, with the noun's attacker (ClauseParties)
        if (c.relIs(i, "nsubj")) return false;
        for (int p : c.children(i, "nmod")) {
            if (c.caseOf(p).equals("by") || armedOf(c, p)) return true;
        }
        boolean owned = c.childrenExact(i, "nmod:poss").stream().anyMatch(p -> !c.pos(p).equals("PRP$"));
        return owned && c.children(i, "nmod").stream().anyMatch(k -> TARGET_CASES.contains(c.caseOf(k)));
    }

    /** "the air raid of the U.S. forces": an "of" phrase p of an attack noun that names an armed force, its attacker. */
    static boolean armedOf(Clause c, int p) {
        return c.caseOf(p).equals("of") && ARMED.contains(c.lemma(p));
    }
}
