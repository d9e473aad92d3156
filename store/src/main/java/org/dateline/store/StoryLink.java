package org.dateline.store;

import org.dateline.model.LinkRelation;

/**
 * One link between two story events, as {@link Store#links} lists them: the event it belongs to and the
 * {@link org.dateline.model.EventLink} fields.
 *
 * @param from     id of the story event that carries the link
 * @param rel      how the carrying event relates to the other
 * @param to       id of the other story event
 * @param evidence why the link was made
 */
public record StoryLink(String from, LinkRelation rel, String to, String evidence) {}
