package org.dateline.model;

/**
 * A relation between two story events, with the words that justify it.
 *
 * @param rel      one of {@link #REALIZES}, {@link #REALIZED_BY}, {@link #CANCELLED_BY}, {@link #POSTPONED_BY},
 *                 {@link #SAME_EVENT}
 * @param event    id of the other {@link StoryEvent}
 * @param evidence why: e.g. "same participants (KOR GOV, USA GOV), planned 2019-09-20, occurred 2019-W38 in Washington"
 */
public record EventLink(String rel, String event, String evidence) {
    /** This occurred event is what a plan in an earlier article became. */
    public static final String REALIZES = "realizes";
    /** This planned event happened: the other event is the outcome. */
    public static final String REALIZED_BY = "realized_by";
    /** This plan was called off by what the other event reports. */
    public static final String CANCELLED_BY = "cancelled_by";
    /** This plan was put off; the other event reports the delay. */
    public static final String POSTPONED_BY = "postponed_by";
    /** Kept apart (e.g. different status) but about the same real event. */
    public static final String SAME_EVENT = "same_event";
}
