package org.dateline.core.event;

import java.util.Set;

import org.dateline.model.EventStatus;

/**
 * An act the text says did not happen is no event: "the resolution did not authorize a naval operation", "Cuba has
 * not prohibited him from going", "can call up reservists without seeking approval", "no talks were held". Judges
 * mark such acts {@code not-event} (CODING.md, sections 4 and 7: a denial, a decision not to do something), and
 * reporting them as coded events only adds wrong rows.
 *
 * <p>Only a plain negator on the act's own word denies it ({@code plain-negators}: "not", "never", "no",
 * "without"). A negation that comes from a governing verb is an act of its own and stays: "cancelled the talks",
 * "postponed the visit" are what plans are linked to, and "refused to meet" is a rejection by then. The rule runs
 * after the status is decided, so "will not accept" (recoded a rejection, occurred) is no longer negated here.
 */
final class DeniedActs {
    private static final Set<String> NEGATORS = EventWords.get("plain-negators");
    private static final Set<String> NEGATING_RELATIONS = Set.of("advmod", "neg", "det", "mark", "case", "aux");

    private final Clause c;

    DeniedActs(Clause c) {
        this.c = c;
    }

    /** Whether the coded event is negated by a plain negator on its own word or its light verb. */
    boolean denied(Coding e) {
        if (!EventStatus.NEGATED.equals(e.status)) return false;
        return negatedHere(e.k.i()) || (e.k.light() >= 0 && negatedHere(e.k.light()));
    }

    private boolean negatedHere(int w) {
        for (int k : c.children(w)) {
            if (!NEGATING_RELATIONS.contains(c.rel(k))) continue;
            if (NEGATORS.contains(c.lower(k))) return true;
        }
        return false;
    }
}
