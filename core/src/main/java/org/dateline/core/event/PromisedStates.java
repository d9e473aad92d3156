package org.dateline.core.event;

import java.util.Set;

/**
 * A promise to be something ("has promised to be a dictator on day one", "vowed to be tough") describes the one who
 * promises: it is a claim about a future self, no intention to cooperate with anyone. The promise verb's open
 * complement is then a copular predicate (a noun or adjective with "be"). A predicate that names a party ("pledged to
 * be a reliable partner to Kyiv", "a friend of the people") still offers something to someone and stays an event.
 */
final class PromisedStates {
    /** Verbs of promising whose copular complement is a self-description (word-lists.txt self-promise-verbs). */
    private static final Set<String> PROMISES = EventWords.get("self-promise-verbs");
    /** Prepositions that tie a predicate to a party (word-lists.txt party-predicate-cases): "a partner to X". */
    private static final Set<String> PARTY_CASES = EventWords.get("party-predicate-cases");

    private PromisedStates() {}

    /** True when the word at i is a promise whose complement is a copular state with no party named. */
    static boolean covers(Clause c, int i) {
        if (!PROMISES.contains(c.lemma(i))) return false;
        for (int x : c.children(i, "xcomp", "ccomp")) {
            if (c.children(x, "cop").isEmpty()) continue;
            boolean party = false;
            for (int m : c.children(x, "nmod", "obl")) if (PARTY_CASES.contains(c.caseOf(m))) party = true;
            if (!party) return true;
        }
        return false;
    }
}
