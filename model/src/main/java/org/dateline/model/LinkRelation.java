package org.dateline.model;

/** How one story event relates to another ({@link EventLink#rel()}). */
public enum LinkRelation implements Spelled {
    /** This occurred event is what a plan in an earlier article became. */
    REALIZES("realizes"),
    /** This planned event happened: the other event is the outcome. */
    REALIZED_BY("realized_by"),
    /** This plan was called off by what the other event reports. */
    CANCELLED_BY("cancelled_by"),
    /** This plan was put off; the other event reports the delay. */
    POSTPONED_BY("postponed_by"),
    /** Kept apart (e.g. different status) but about the same real event. */
    SAME_EVENT("same_event");

    private final String spelling;

    LinkRelation(String spelling) { this.spelling = spelling; }

    @Override public String spelling() { return spelling; }

    /** The relation spelled {@code text} ("realized_by", ...); null for null; IllegalArgumentException for another word. */
    public static LinkRelation parse(String text) { return Spelled.parse(LinkRelation.class, text); }
}
