package org.dateline.core.event;

import java.util.Set;

/**
 * How news tells that an event noun happened without a verb of its own: a verb that only says it happened
 * ("demonstrations took place"), or a participle of one of its light verbs with the doer ("a lawsuit filed by X").
 * Each is the noun's light verb for {@link TriggerGrammar}.
 */
final class HappeningNouns {
    private static final Set<String> OCCURRENCE_VERBS = EventWords.get("occurrence-verbs");

    private HappeningNouns() {}

    /**
     * "Demonstrations took place in Baghdad", "clashes broke out on Monday": an event noun as the subject of a verb
     * that only says it happened (occurrence-verbs, "verb:object-or-particle"), which is its light verb.
     */
    static boolean takesPlace(Clause c, int i) {
        int h = c.head(i);
        if (h < 0 || !c.rel(i).equals("nsubj") || !c.pos(h).startsWith("VB")) return false;
        return c.children(h, "obj", "compound:prt").stream()
                .anyMatch(k -> OCCURRENCE_VERBS.contains(c.lemma(h) + ":" + c.lower(k)));
    }

    /**
     * "a lawsuit filed against Meta by three writers", "the exercises staged by the army": a participle of one of the
     * noun's light verbs qualifying it, with its doer named by "by"; the participle's index, or -1.
     */
    static int agentParticiple(Clause c, TriggerLexicon lex, int i, Trigger t) {
        for (int v : c.childrenExact(i, "acl")) {
            boolean light = t.lights().isEmpty() ? lex.isLightVerb(c.lemma(v)) : t.lights().contains(c.lemma(v));
            if (!light || !c.pos(v).equals("VBN") || !c.subjects(v).isEmpty()) continue;
            if (c.children(v, "obl").stream().anyMatch(k -> c.caseOf(k).equals("by"))) return v;
        }
        return -1;
    }
}
