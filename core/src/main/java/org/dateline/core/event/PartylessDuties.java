package org.dateline.core.event;

import java.util.List;

import org.dateline.model.EventType;

/**
 * A duty told with no one to bear it is no demand: "the minister said that good methods should be widely introduced
 * through television", "he said the students should be trained to become engineers", "the envoy said there should be
 * no single standard". PLOVER's demand is made of a party; an obligation in the passive with no agent names only
 * what is to be done or undergone, and one told of a state of things ("there should be") names nothing at all, so the
 * speaker asks no one for anything: it is guidance or opinion, not an event. The same duty with its agent named
 * ("the blockade must be lifted by the United States") or with an obliged subject ("the United States should lift
 * the blockade", {@link ReportedObligations}) stays a demand of that party, and so does any request that found a
 * recipient of its own.
 *
 * <p>The test: a request, with no recipient, whose verb of saying carries complements that are all obligations
 * ({@link ReportedObligations#obliged}) told in the passive with no agent ({@code passive-agent-cases}) or with
 * an expletive subject.
 */
final class PartylessDuties {

    private final Clause c;

    PartylessDuties(Clause c) {
        this.c = c;
    }

    /** Whether the request of the verb v reports only duties that lie on no party. */
    boolean onNoOne(int v, Coding e) {
        if (v < 0 || e.type != EventType.REQUEST || !e.others.isEmpty() || !c.pos(v).startsWith("VB")) return false;
        List<Integer> duties = ReportedObligations.reportedClauses(c, v).stream().filter(k -> ReportedObligations.obliged(c, k)).toList();
        return !duties.isEmpty() && duties.stream().allMatch(this::partyless);
    }

    /** A duty in the passive with no agent ("should be introduced"), or one of a state of things ("there should be"). */
    private boolean partyless(int k) {
        int verb = c.pos(k).equals("MD") ? c.children(k, "xcomp").stream().findFirst().orElse(k) : k;
        if (!c.children(verb, "expl").isEmpty()) return true;
        boolean passive = !c.children(verb, "nsubj:pass").isEmpty() || !c.childrenExact(verb, "aux:pass").isEmpty();
        return passive && !c.namesDoer(verb);
    }
}
