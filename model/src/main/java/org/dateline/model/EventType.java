package org.dateline.model;

/**
 * The PLOVER 0.8 event type of a coded event: the sixteen categories of the PLOVER manual, each with the quad class
 * the manual files it under. The coder gives no other type (every CAMEO code it emits maps to one of these in
 * {@code cameo-plover.tsv}); the PLOVER 0.5 names a gold set may still use (DEMAND, DISAPPROVE, ...) are read by the
 * evaluation, not coded.
 *
 * <p>The quad class sits on the type because it is a fact of the PLOVER manual, not a choice: 1 verbal cooperation,
 * 2 material cooperation, 3 verbal conflict, 4 material conflict. The exports write it as QuadClass (CSV) and
 * quad_code (PLOVER JSON).
 */
public enum EventType implements Spelled {
    AGREE(1), CONSULT(1), SUPPORT(1), CONCEDE(1),
    COOPERATE(2), AID(2), RETREAT(2),
    REQUEST(3), ACCUSE(3), REJECT(3), SANCTION(3), THREATEN(3),
    PROTEST(4), MOBILIZE(4), COERCE(4), ASSAULT(4);

    private final int quad;

    EventType(int quad) { this.quad = quad; }

    /** The PLOVER JSON and the annotate output write the constant's name: "CONSULT". */
    @Override public String spelling() { return name(); }

    /** The quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public int quad() { return quad; }

    /** The type spelled {@code text} ("CONSULT", ...); null for null; IllegalArgumentException for another word. */
    public static EventType parse(String text) { return Spelled.parse(EventType.class, text); }
}
