package org.dateline.core.event;

import org.dateline.model.EventType;
import org.dateline.model.Participant;

/**
 * "The United States moved additional troops into the Gulf", "Russia massed tanks and soldiers near the border": the
 * forces a show of force moves, deploys or masses are the actor's own, not the side it is shown to. An armed body as
 * the object of a mobilisation is no recipient; the other side is whoever a preposition names ("deployed troops
 * against the rebels"), else the state where the forces go ("strengthened its forces in Lebanon"), or none.
 */
final class MovedForces {
    private final Clause c;

    MovedForces(Clause c) {
        this.c = c;
    }

    /** Takes the forces a mobilisation moves out of its other side; the state they go to stands in their place. */
    void keepOwnForces(Coding e, ParticipantFinder parts, Recipients recipients) {
        if (e.type != EventType.MOBILIZE || e.k.t().noun()) return;
        boolean removed = false;
        for (int o : c.children(e.k.i(), "obj")) {
            for (Participant p : parts.of(o)) {
                if ("MIL".equals(p.sector()) && !c.pos(o).startsWith("NNP")) removed |= e.others.remove(p);
            }
        }
        if (!removed || !e.others.isEmpty()) return;
        Participant where = recipients.where(e.places, e.actors);
        if (where != null) e.others.add(where);
    }
}
