package org.dateline.core.event;

import java.util.Set;

import org.dateline.model.EventStatus;

/**
 * An act said to be left undone in passing, as the manner of another act, is no event: "can call up reservists
 * without seeking congressional approval", "crossed the border without asking permission". Nobody sought or asked;
 * judges mark such acts {@code not-event} (CODING.md section 7: a decision not to do something).
 *
 * <p>Only a negator of manner on the act's own word ({@code plain-negators}: "without") counts. A negated main verb
 * ("did not meet at the summit") is still coded, with status negated (CODING.md section 4, the PLOVER probe), and a
 * negation that comes from a governing verb is an act of its own: "cancelled the talks", "postponed the visit" are
 * what plans are linked to. The rule runs after the status is decided.
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
