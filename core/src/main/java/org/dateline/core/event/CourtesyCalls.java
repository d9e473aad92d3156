package org.dateline.core.event;

import java.util.Set;

/**
 * "The new ambassador called on the premier", "the delegation called at the embassy": a verb whose first row asks
 * something of someone ("called on X to do Y", a wrap) may have a later row, bound to a preposition, that is a visit
 * (triggers.tsv, {@code call V 042 prep=on|upon|at}). That visit row stands only where the verb asks nothing: no
 * clause of what is asked (an infinitive, a that-clause, the infinitive hung on the one called on), no thing asked
 * "for" ({@code call-request-cases}), and someone or somewhere (not a day) after the preposition. Kept apart from
 * {@link TriggerGrammar} because it weighs two rows of one verb against each other.
 */
final class CourtesyCalls {
    private static final Set<String> REQUEST_CASES = EventWords.get("call-request-cases");
    private static final Set<String> UTTERANCES = EventWords.get("utterance-nouns");

    private CourtesyCalls() {}

    /**
     * Whether row t of verb i must yield to the verb's request row: t is a visit bound to prepositions, the verb's
     * first row is a request that wraps what is asked, and the clause asks something or names no one called on.
     */
    static boolean yieldsToRequest(Clause c, int i, Trigger t, Trigger first) {
        if (!CameoCodes.MAKE_VISIT.equals(t.cameo()) || t.preps().isEmpty() || first == null || first == t || !first.wrap()) {
            return false;
        }
        return asks(c, i) || !callsOnSomeone(c, i, t);
    }

    /** "called on X to do Y", "called for restraint", a statement that "called on X": something is asked. */
    private static boolean asks(Clause c, int i) {
        if (!c.children(i, "xcomp", "ccomp", "advcl").isEmpty()) return true;
        for (int k : c.children(i, "obl", "nmod")) {
            if (c.pos(k).startsWith("VB") || REQUEST_CASES.contains(c.caseOf(k))) return true;
            // "called on the people to fight", "called on X and Y followers to support": an infinitive hung anywhere
            // on the ones called on
            if (c.subtree(k).stream().anyMatch(a -> a != k && c.pos(a).startsWith("VB") && c.relIs(a, "acl"))) return true;
        }
        // "the statement called on X ...": a document pays no call
        return c.subjects(i).stream().anyMatch(s -> UTTERANCES.contains(c.lemma(s)));
    }

    /** Someone or somewhere in an oblique of the row's prepositions, not a day ("called on Monday"). */
    private static boolean callsOnSomeone(Clause c, int i, Trigger t) {
        return c.children(i, "obl", "nmod").stream().anyMatch(k -> t.preps().contains(c.caseOf(k)) && !c.isTime(k));
    }
}
