package org.dateline.core.event;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.dateline.model.EventType;

/**
 * The wounded of an attack are its toll, not a second attack: "gunmen killed three soldiers and wounded six others",
 * "at least 75 people were killed and 1,643 wounded", "the blast killed ten people and injured 40". One happening,
 * told by two verbs joined by "and" (CODING.md section 6: one happening, one event; judges mark the second
 * {@code duplicate}). A verb of injury ({@code injury-verbs}) coordinated with another verb of attack that the clause
 * codes is folded into it; alone ("six soldiers were wounded on Monday") it is the attack.
 */
final class AttackToll {
    private static final Set<String> INJURING = EventWords.get("injury-verbs");

    private final Clause c;

    AttackToll(Clause c) {
        this.c = c;
    }

    /** The candidates that are the injuries of another attack candidate of the same coordination. */
    Set<Integer> injuriesOfCodedAttacks(Map<Integer, Cand> cands, Function<Cand, EventType> typeOf) {
        Set<Integer> out = new HashSet<>();
        for (Cand k : cands.values()) {
            if (k.t().noun() || !INJURING.contains(c.lemma(k.i())) || typeOf.apply(k) != EventType.ASSAULT) continue;
            int first = Coordination.firstConjunct(c, k.i());
            for (Cand other : cands.values()) {
                if (other.i() == k.i() || other.t().noun() || INJURING.contains(c.lemma(other.i()))) continue;
                if (typeOf.apply(other) != EventType.ASSAULT) continue;
                if (Coordination.firstConjunct(c, other.i()) == first) {
                    out.add(k.i());
                    break;
                }
            }
        }
        return out;
    }
}
