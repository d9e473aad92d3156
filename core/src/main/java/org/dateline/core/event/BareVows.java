package org.dateline.core.event;

import java.util.Set;

/**
 * A vow with nothing in it is a resolve, no act: "the students vowed to study harder and become pillars of the
 * country", "the officials pledged to work with devotion". A verb of vowing ({@code vow-verbs}) is an event through
 * what it promises: a coded act in its complement makes it an intention to do that act ("vowed to hold talks",
 * "pledged aid to X") and a harm vowed makes it a threat ("vowed revenge"). When the complement holds no coded act
 * and the vow is made to no one, only the bare intent code (030) is left: an unaddressed resolve of the vower's own
 * conduct, which the hand-coding conventions do not code. A vow to someone ("pledged to the leader to ...") stays.
 */
final class BareVows {
    private static final Set<String> VOWING = EventWords.get("vow-verbs");

    private final Clause c;

    BareVows(Clause c) {
        this.c = c;
    }

    /** Whether the coding is a vow with no act inside it and no one it is made to. */
    boolean empty(Coding e) {
        if (e.inner != null || !e.others.isEmpty() || !e.k.t().wrap()) return false;
        if (!CameoCodes.general(CameoCodes.INTENT_ROOT).equals(e.code)) return false;
        return VOWING.contains(c.lemma(ClauseCoder.verbOf(e.k)));
    }
}
