package org.dateline.core.event;

import java.util.List;
import java.util.Set;

import org.dateline.model.EventStatus;
import org.dateline.model.EventType;

/**
 * Conduct told in the present progressive is a portrait of what a party keeps doing, no act of a day: "the army is
 * killing more civilians", "the authorities are pushing ahead with the base", "opposition groups are condemning the
 * regime and demanding its resignation". The form sums up a campaign under way with none of its acts in view, as the
 * hand-coding conventions say of ongoing campaigns (CODING.md section 7); the acts a story dates are told in the past
 * ("troops shelled the town on Monday").
 *
 * <p>The test: an act the coder would give as happened, whose verb (or the light verb of its noun) is an "-ing" form
 * under a present form of "be" ({@code present-be-auxiliaries}: "is", "are"), a conjunct taking that auxiliary from the
 * verb it leans on. Left alone: a meeting or a visit ("the minister is visiting Japan", "they are meeting in Geneva"),
 * which news tells so on its day or ahead of it; a refusal ("the councils are refusing to accept the rules"), a stance
 * the party holds now and has made known; a progressive with a time of its own in its clause ("are staging
 * drills this week": the status reads it as planned or dated); a passive ("is being held"), a past progressive ("were
 * shelling the town when ..."), which tells acts in view, and a perfect progressive ({@link HabitualConduct} reads it).
 */
final class ProgressiveConduct {
    private static final Set<String> PRESENT_BE = EventWords.get("present-be-auxiliaries");

    private final Clause c;

    ProgressiveConduct(Clause c) {
        this.c = c;
    }

    /** Whether the coded act is conduct under way told in the present progressive. */
    boolean ongoing(int v, Coding e) {
        if (v < 0 || e.type == null || e.type == EventType.CONSULT || e.type == EventType.REJECT || e.visit) return false;
        if (e.status != null && e.status != EventStatus.OCCURRED) return false;
        if (!c.pos(v).equals("VBG")) return false;
        int own = Coordination.auxiliaryHolder(c, v, k -> c.children(k, "aux", "aux:pass", "nsubj").isEmpty());
        if (own != v && !c.pos(own).equals("VBG")) return false;
        List<Integer> aux = c.children(own, "aux");
        if (aux.stream().noneMatch(a -> PRESENT_BE.contains(c.lower(a)))) return false;
        // "have been shelling", "will be staging": another auxiliary makes it a perfect or a future
        if (aux.stream().anyMatch(a -> !PRESENT_BE.contains(c.lower(a)) && !c.pos(a).equals("RB"))) return false;
        return !c.timedInItsClause(own) && !c.timedInItsClause(v);
    }
}
