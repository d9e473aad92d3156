package org.dateline.model;

/**
 * Whether an event happened, as the text tells it: it {@link #OCCURRED}, is {@link #PLANNED} (announced, scheduled,
 * agreed to), {@link #POSSIBLE} (may happen: a modal, a proposal) or {@link #NEGATED} (did not or will not happen).
 */
public enum EventStatus implements Spelled {
    OCCURRED("occurred"),
    PLANNED("planned"),
    POSSIBLE("possible"),
    NEGATED("negated");

    private final String spelling;

    EventStatus(String spelling) { this.spelling = spelling; }

    @Override public String spelling() { return spelling; }

    /** A plan or a possibility: something the text expects rather than reports. */
    public boolean isAhead() { return this == PLANNED || this == POSSIBLE; }

    /** The status spelled {@code text} ("occurred", ...); null for null; IllegalArgumentException for another word. */
    public static EventStatus parse(String text) { return Spelled.parse(EventStatus.class, text); }
}
