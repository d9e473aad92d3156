package org.dateline.model;

/**
 * A relation between two story events, with the words that justify it.
 *
 * @param rel      how this event relates to the other
 * @param event    id of the other {@link StoryEvent}
 * @param evidence why: e.g. "same participants (KOR GOV, USA GOV), planned 2019-09-20, occurred 2019-W38 in Washington"
 */
public record EventLink(LinkRelation rel, String event, String evidence) {}
