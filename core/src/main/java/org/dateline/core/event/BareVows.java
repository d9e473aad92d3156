package org.dateline.core.event;

import java.util.Set;

/**
 * A vow with nothing in it is a resolve, no act: "the students vowed to study harder and become pillars of the
 * country", "the officials pledged to work with devotion". A verb of vowing ({@code vow-verbs}) is an event through
 * what it promises: a coded act in its complement makes it an intention to do that act ("vowed to hold talks",
 * "pledged aid to X") and a harm vowed makes it a threat ("vowed revenge"). When the complement holds no coded act
 * and the vow is made to no one, only the bare intent code (030) is left: an unaddressed resolve of the vower's own
 * conduct, which the hand-coding conventions do not code. A vow to someone ("pledged to the leader to ...") stays.
 *
 * <p>So is an adjective of readiness ({@code readiness-adjectives}) with nothing coded in its infinitive: "Russia is
 * ready to respond to any attack", "the firm is willing to pay" state an attitude, an offer at most, and no
 * agreement; what one is ready for decides the category ("ready to hold talks" AGREE 036, "ready to strike" a threat).
 */
final class BareVows {
    private static final Set<String> VOWING = EventWords.get("vow-verbs");
    private static final Set<String> READINESS = EventWords.get("readiness-adjectives");

    private final Clause c;

    BareVows(Clause c) {
        this.c = c;
    }

    /** Whether the coding is a vow or a readiness with no act inside it and no one it is made to. */
    boolean empty(Coding e) {
        if (e.inner != null || !e.others.isEmpty() || !e.k.t().wrap()) return false;
        if (!CameoCodes.general(CameoCodes.INTENT_ROOT).equals(e.code)) return false;
        String word = c.lemma(ClauseCoder.verbOf(e.k));
        return VOWING.contains(word) || READINESS.contains(word) && c.pos(e.k.i()).startsWith("JJ");
    }
}
