package org.dateline.model;

/**
 * How a date is narrowed or bounded: TimeML's {@code mod} values (TimeML 1.2.1, TIMEX3), plus {@link #EARLY} and
 * {@link #LATE} of TIMEX2 that "early March" and "late 2019" need. On an event, {@link #ON_OR_BEFORE} and
 * {@link #ON_OR_AFTER} also mark a date that is the publication day because the clause gave none: the event
 * happened by then, or is expected from then on.
 */
public enum DateModifier implements Spelled {
    BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE,
    START, MID, END, EARLY, LATE, APPROX;

    /** TimeML writes the constant's name: "ON_OR_BEFORE". */
    @Override public String spelling() { return name(); }

    /** The modifier spelled {@code text} ("APPROX", ...); null for null; IllegalArgumentException for another word. */
    public static DateModifier parse(String text) { return Spelled.parse(DateModifier.class, text); }
}
