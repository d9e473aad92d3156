package org.dateline.core.event;

import java.util.Set;

/**
 * A compulsion told without its compeller is a plight, no act: the passive of a verb of compelling
 * ({@code compulsion-verbs}: compel, force, oblige) with an infinitive and no "by" agent says what its subject must
 * bear ("students are compelled to stay away from classes due to the high fees", "the farmers were obliged to sell
 * their land"), not that anyone coerced them on a day. "Were forced by the police to leave" names who compelled
 * them and stays an act of coercion.
 */
final class Plights {
    private static final Set<String> COMPULSION = EventWords.get("compulsion-verbs");

    private final Clause c;

    Plights(Clause c) {
        this.c = c;
    }

    /** The passive of compel, force or oblige with an infinitive and no "by" agent: "are compelled to stay away". */
    boolean plight(int v) {
        if (v < 0 || !COMPULSION.contains(c.lemma(v)) || c.children(v, "xcomp").isEmpty()) return false;
        return Forecasts.agentlessPassive(c, v);
    }
}
