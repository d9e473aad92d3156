package org.dateline.core.event;

import java.util.Set;

import org.dateline.model.EventStatus;

/**
 * An act only said to be possible is no event: "the administration might send federal agents", "Reno can allow the
 * boy to be sent back", "the army could move into the valley". A modal of speculation or ability on the act's own
 * verb ({@code speculative-modals}) weighs what may happen; nobody did or announced it, and judges mark such acts
 * {@code not-event} (CODING.md section 7: hypotheticals the text does not present as acts).
 *
 * <p>Runs after the status is decided, so only acts still {@code possible} then are read: "cannot accept", a refusal,
 * has become a rejection, and a threat made on a condition ("will strike if attacked") has become a threat. "Would"
 * is not here: in reported speech it tells a plan ("said he would travel to Washington"), which is coded.
 */
final class SpeculativeActs {
    private static final Set<String> MODALS = EventWords.get("speculative-modals");

    private final Clause c;

    SpeculativeActs(Clause c) {
        this.c = c;
    }

    /** Whether the coded event is only possible, by a modal of speculation or ability on its own verb. */
    boolean speculative(Coding e) {
        if (!EventStatus.POSSIBLE.equals(e.status)) return false;
        int v = ClauseCoder.verbOf(e.k);
        return v >= 0 && c.children(v, "aux", "aux:pass").stream().anyMatch(a -> MODALS.contains(c.lower(a)));
    }
}
