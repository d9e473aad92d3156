package org.dateline.core.event;

import org.dateline.model.EventType;

/**
 * Acts a clause portrays rather than reports: what no one can do ({@link NoOneCan}), what someone is able to do
 * ({@link CapacityInfinitives}), a lasting conduct of the past ({@link HabitualConduct}), a past deed told as an
 * epithet ({@link Epithets}), acts summed up over a span of time ({@link Aggregates}), and a compulsion told without
 * its compeller ({@link Plights}). Each names an act word and often a doer, but no act of anyone on a day, so the coder
 * makes no event of them. One entry for the clause coder.
 */
final class PortrayedActs {
    private final NoOneCan boasts;
    private final CapacityInfinitives capacities;
    private final HabitualConduct habits;
    private final Epithets epithets;
    private final Aggregates totals;
    private final Plights plights;

    PortrayedActs(Clause c) {
        this.boasts = new NoOneCan(c);
        this.capacities = new CapacityInfinitives(c);
        this.habits = new HabitualConduct(c);
        this.epithets = new Epithets(c);
        this.totals = new Aggregates(c);
        this.plights = new Plights(c);
    }

    /**
     * Whether the verb v of an act of this type is portrayed: a boast, a capability, a habit, an epithet, a total, a
     * plight, or for an attack or a coercion a campaign told in the perfect progressive ({@link HabitualConduct}).
     */
    boolean portrayed(int v, EventType type) {
        return portrayed(v) || (type == EventType.ASSAULT || type == EventType.COERCE) && habits.perfectProgressive(v);
    }

    /** Whether the verb v is portrayed: a boast, a capability, a habit, an epithet, a total or a plight. */
    boolean portrayed(int v) {
        return boasts.boasts(v) || capacities.capacity(v) || habits.habitual(v) || epithets.epithet(v)
                || totals.aggregate(v) || plights.plight(v);
    }
}
