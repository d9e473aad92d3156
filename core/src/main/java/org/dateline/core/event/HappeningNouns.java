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
            if (!lightOf(c, lex, v, t) || !c.pos(v).equals("VBN") || !c.subjects(v).isEmpty()) continue;
            if (byAgent(c, v)) return v;
        }
        return misreadParticiple(c, lex, i, t);
    }

    /**
     * "The strike staged by the miners ended", "the attacks launched by the troops caused concern": the parser, taking
     * the participle for the sentence's verb, made the noun the subject of its own light verb and left that verb's
     * "by" agent on it. No event stages itself, so a light verb without auxiliaries whose subject is its own event noun
     * and which has a "by" agent is the participle qualifying the noun; its index, or -1.
     */
    private static int misreadParticiple(Clause c, TriggerLexicon lex, int i, Trigger t) {
        int v = c.head(i);
        if (v < 0 || !c.relIs(i, "nsubj") || !(c.pos(v).equals("VBN") || c.pos(v).equals("VBD"))) return -1;
        if (!lightOf(c, lex, v, t) || !c.children(v, "aux", "aux:pass").isEmpty()) return -1;
        return byAgent(c, v) ? v : -1;
    }

    private static boolean lightOf(Clause c, TriggerLexicon lex, int v, Trigger t) {
        return t.lights().isEmpty() ? lex.isLightVerb(c.lemma(v)) : t.lights().contains(c.lemma(v));
    }

    /** Whether verb v has a "by" phrase naming a doer (a noun or pronoun, not "by doing"). */
    private static boolean byAgent(Clause c, int v) {
        return c.children(v, "obl").stream().anyMatch(k -> c.caseOf(k).equals("by") && !c.pos(k).startsWith("VB"));
    }
}
