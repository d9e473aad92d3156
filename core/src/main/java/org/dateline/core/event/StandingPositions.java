package org.dateline.core.event;

import java.util.Set;

import org.dateline.model.EventType;

/**
 * A position held is no act: "he has supported the deployment of police cameras", "Moscow has staunchly opposed the
 * alliance's expansion", "officials were advocating for disarmament", "rebels backed by Iran". A verb of taking a side
 * ({@code stance-verbs}) tells an act when it is done on a day, to someone: "Peru backed Chile's bid on Monday",
 * "the senate supported the president". It tells a stance, a state of affairs that CODING.md section 7 leaves out,
 * when
 * <ul>
 * <li>it is a passive participle that describes a noun by its backer ("a group backed by Iran", "an offensive
 * supported by the air force"), or</li>
 * <li>it is told in the present perfect or the progressive, names no time of its own, and has no party on the other
 * side: only a policy, a cause or an idea is supported or opposed.</li>
 * </ul>
 * A simple past or present ("Russia opposed the plan", "said it opposes the plan") reports the day's statement, as
 * wire copy writes it, and is left alone.
 */
final class StandingPositions {
    private static final Set<String> STANCE = EventWords.get("stance-verbs");

    private final Clause c;

    StandingPositions(Clause c) {
        this.c = c;
    }

    /** Whether the event coded on verb v tells a position held rather than an act. */
    boolean stance(int v, Coding e) {
        if (v < 0 || !STANCE.contains(c.lemma(v))) return false;
        if (e.type != EventType.SUPPORT && e.type != EventType.ACCUSE && e.type != EventType.REQUEST
                && e.type != EventType.REJECT) return false;
        if (describedByBacker(v)) return true;
        return e.others.isEmpty() && heldTense(v) && !c.timedInItsClause(v);
    }

    /** "rebels backed by Iran": a participle hanging on a noun, its backer in a "by" phrase. */
    private boolean describedByBacker(int v) {
        int h = c.head(v);
        return c.pos(v).equals("VBN") && c.relIs(v, "acl") && h >= 0 && c.pos(h).startsWith("NN") && c.namesDoer(v);
    }

    /**
     * "has supported", "have opposed", "were advocating": a tense that tells a state, not a day's act. The simple present
     * is left alone: "Israel said it opposes the plan" is that day's statement.
     */
    private boolean heldTense(int v) {
        if (c.perfect(v)) return !c.pastPerfect(v) && !c.hasModal(v);
        return c.pos(v).equals("VBG") && c.children(v, "aux").stream().anyMatch(a -> c.lemma(a).equals("be"));
    }

}
