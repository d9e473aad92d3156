package org.dateline.core.event;

import java.util.Set;

import org.dateline.model.EventType;

/**
 * (s33 speech) A label of blame a verb of naming gives ("called the plan a disaster", 'called the weather "extremely
 * problematic"') accuses someone only when what it names is a party or a party's own thing ("called the senator a
 * liar", "called the Senate's new rules a disaster", where the possessor is the one blamed): a verdict on a thing no
 * one is named for is an opinion, not an accusation. Read after the clause's parties are found.
 */
final class NamingLabels {
    private static final Set<String> NAMING = EventWords.get("naming-verbs");

    private final Clause c;

    NamingLabels(Clause c) {
        this.c = c;
    }

    /** Whether verb v is a verb of naming whose label of blame lands on no party of coding e. */
    boolean onNoParty(int v, Coding e) {
        return e.type == EventType.ACCUSE && c.pos(v).startsWith("VB") && NAMING.contains(c.lemma(v))
                && !c.children(v, "xcomp").isEmpty() && e.others.isEmpty();
    }
}
