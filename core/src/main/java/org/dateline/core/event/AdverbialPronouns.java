package org.dateline.core.event;

import java.util.Set;

/**
 * "The premier said this when the ambassador paid a courtesy call on him": an object "him" or "her"
 * ({@code object-personal-pronouns}) inside an adverbial clause (when, as, because ...) points to the subject of the
 * clause that clause hangs from, when that subject is a noun. The language layer resolves pronouns only to people
 * it names, and wire text tells courtesy calls and audiences this way; without it such a visit has no one visited.
 */
final class AdverbialPronouns {
    private static final Set<String> PRONOUNS = EventWords.get("object-personal-pronouns");

    private AdverbialPronouns() {}

    /** The host clause's subject pronoun h stands for, or -1 when h is no such pronoun or the host has none. */
    static int antecedent(Clause c, int h) {
        if (!PRONOUNS.contains(c.lower(h)) || c.rel(h).startsWith("nsubj")) return -1;
        int n = c.head(h);
        for (int guard = 0; n >= 0 && guard < 6; n = c.head(n), guard++) {
            // "said this on Monday when Y called on him": a when-clause the parser hangs on the day is the verb's
            if (c.relIs(n, "acl:relcl") && c.isTime(c.head(n))) n = c.head(n);
            else if (c.relIs(n, "ccomp", "acl:relcl", "parataxis")) return -1; // someone else's words or noun
            else if (!c.relIs(n, "advcl")) continue;
            for (int s : c.childrenExact(c.head(n), "nsubj")) return c.pos(s).startsWith("PRP") ? -1 : s;
            return -1;
        }
        return -1;
    }
}
