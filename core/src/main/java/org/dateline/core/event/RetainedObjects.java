package org.dateline.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The passive of a verb of giving keeps the thing given as its object: "Y was sent a message of greeting by X", "Y was
 * given a gift by X", "Y was handed a letter of protest by X". English makes the one given to the passive subject and
 * leaves the thing given where it stood (a retained object), so the event noun is still the light verb's object, but
 * the light verb has no active subject: the giver is its "by" agent and the passive subject is the one who receives.
 * Only a verb that takes two objects can be passive and keep one, so the construction itself says the verb gives;
 * no list of verbs is needed beyond the noun's own light verbs.
 *
 * <p>The parser may hang the "by" phrase on the noun's "of" modifier instead of on the verb ("a message of greeting
 * by X", the "by" read as the greeting's): a "by" phrase of the noun or of such a modifier is the giver too.
 */
final class RetainedObjects {
    private static final Set<String> AGENT_CASES = EventWords.get("passive-agent-cases");

    private RetainedObjects() {}

    /** Whether the event noun of candidate k is the retained object of a passive light verb ("was sent a message"). */
    static boolean given(Clause c, Cand k) {
        return k.t().noun() && k.light() >= 0 && c.head(k.i()) == k.light() && c.relIs(k.i(), "obj")
                && c.pos(k.light()).equals("VBN") && !c.childrenExact(k.light(), "nsubj:pass").isEmpty();
    }

    /** The one given to: the passive subject of the light verb ("Y" of "Y was sent a message"). */
    static List<Integer> receivers(Clause c, Cand k) { return c.childrenExact(k.light(), "nsubj:pass"); }

    /**
     * The givers: the light verb's "by" phrase, else a "by" phrase the parser hung on the noun or on one of its "of"
     * modifiers ("a message of greeting by X").
     */
    static List<Integer> givers(Clause c, Cand k) {
        List<Integer> out = new ArrayList<>();
        for (int p : c.children(k.light(), "obl")) if (AGENT_CASES.contains(c.caseOf(p)) && !c.isTime(p)) out.add(p);
        if (!out.isEmpty()) return out;
        List<Integer> hosts = new ArrayList<>(List.of(k.i()));
        for (int m : c.children(k.i(), "nmod")) if (c.caseOf(m).equals("of")) hosts.add(m);
        for (int h : hosts) {
            for (int p : c.children(h, "nmod")) if (AGENT_CASES.contains(c.caseOf(p)) && !c.isTime(p)) out.add(p);
        }
        return out;
    }
}
