package org.dateline.core.event;

import java.util.Set;

/**
 * An act named as what someone is able to do is a capacity, no act: "the army has the capability to wipe out the
 * invaders at a single blow", "there is no limit to the striking intensity of our army and people to wipe out the
 * aggressors". The act is an infinitive after a noun of capability ({@code capacity-nouns}). The parser hangs it on
 * the noun ("acl"), or on the verb that has the noun, or a noun of it, as subject or object ("has the capability
 * to", "there is no limit to the power of X to"), so both shapes are read. A capability shown does nothing to anyone;
 * a threat made with it ("will wipe them out") is told by a verb of its own.
 */
final class CapacityInfinitives {
    private static final Set<String> CAPACITY = EventWords.get("capacity-nouns");
    private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "advcl", "conj");
    private static final int DEPTH = 3;

    private final Clause c;

    CapacityInfinitives(Clause c) {
        this.c = c;
    }

    /** Whether the verb v is an infinitive telling what a noun of capability can do. */
    boolean capacity(int v) {
        if (v < 0 || !c.pos(v).equals("VB")) return false;
        if (c.children(v, "mark").stream().noneMatch(m -> c.lower(m).equals("to"))) return false;
        int h = c.head(v);
        if (h < 0) return false;
        if (c.relIs(v, "acl")) return holds(h, v, DEPTH);
        if (!CLAUSAL.contains(c.rel(v)) || !c.pos(h).startsWith("VB")) return false;
        return c.children(h, "obj", "nsubj").stream().anyMatch(n -> holds(n, v, DEPTH));
    }

    /** Whether the noun n, or a noun hung on it by "of", "to" or "and", is a capability named before the word v. */
    private boolean holds(int n, int v, int depth) {
        if (n >= v || !c.pos(n).startsWith("NN")) return false;
        if (CAPACITY.contains(c.lemma(n))) return true;
        return depth > 0 && c.children(n, "nmod", "conj").stream().anyMatch(k -> holds(k, v, depth - 1));
    }
}
