package org.dateline.store;

/**
 * One link between two story events, as {@link Store#links} lists them: the event it belongs to and the
 * {@link org.dateline.model.EventLink} fields.
 *
 * @param from     id of the story event that carries the link
 * @param rel      relation ({@code realizes}, {@code realized_by}, {@code cancelled_by}, ...)
 * @param to       id of the other story event
 * @param evidence why the link was made
 */
public record StoryLink(String from, String rel, String to, String evidence) {}
