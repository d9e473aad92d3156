package org.dateline.model;

/**
 * One place where an event is reported: the article, its sentence and the span of the event inside the body.
 * A {@link StoryEvent} gathers every mention of the same real event across articles.
 *
 * @param article  article id
 * @param headline that article's headline, so a reader can tell the reports apart without another lookup
 * @param sentence the source sentence, as written
 * @param start    body offset where the event's span starts
 * @param end      body offset where it ends (exclusive)
 * @param eventId  the per-article event id ({@link Event#id()}) this mention was coded as
 */
public record Mention(String article, String headline, String sentence, int start, int end, String eventId) {}
