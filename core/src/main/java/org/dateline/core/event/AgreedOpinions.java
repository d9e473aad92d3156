package org.dateline.core.event;

import java.util.Set;

/**
 * Agreeing with a proposition is an opinion, not an agreement: "both senators agree this was a horrific crime",
 * "most lawmakers seem to agree the boy should go back". A verb of agreeing ({@code opinion-agreement-verbs}) whose
 * complement is a finite clause (a that-clause, with or without "that") and that has no infinitive, no "to"/"on"/
 * "with" phrase and no object shares a view; no one consented to anything, and judges mark it {@code not-event}
 * (CODING.md section 7: opinions with no addressee). "agreed to allow the Soviets to leave", "agreed on a
 * ceasefire", "agreed with Uganda on a border" and "agreed a deal" stay agreements.
 */
final class AgreedOpinions {
    private static final Set<String> VERBS = EventWords.get("opinion-agreement-verbs");
    private static final Set<String> PRONOUN_TAGS = Set.of("DT", "PRP");
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

    private final Clause c;

    AgreedOpinions(Clause c) {
        this.c = c;
    }

    /** Whether the verb v agrees with a proposition only. */
    boolean opinion(int v) {
        if (v < 0 || !c.pos(v).startsWith("VB") || !VERBS.contains(c.lemma(v))) return false;
        if (!c.children(v, "xcomp", "obl", "iobj").isEmpty()) return false;
        // the parser may take the clause's pronoun subject for the verb's object ("agree [this] was a crime")
        if (c.children(v, "obj").stream().anyMatch(o -> !PRONOUN_TAGS.contains(c.pos(o)))) return false;
        if (c.children(v, "ccomp", "parataxis", "dep").stream().anyMatch(this::finiteClause)) return true;
        // ... or hang the verb as the clausal subject of the that-clause's predicate ("[agree this] was a crime")
        return c.relIs(v, "csubj") && c.head(v) >= 0 && !c.children(c.head(v), "cop").isEmpty();
    }

    /** A clause with a tense of its own: a finite verb, or a predicate with a copula ("was a crime"). */
    private boolean finiteClause(int h) {
        return FINITE_TAGS.contains(c.pos(h)) || !c.children(h, "cop").isEmpty() || !c.children(h, "aux").isEmpty();
    }
}
