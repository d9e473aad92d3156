package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dateline.model.Entity;

/**
 * What the event steps need to know about the article an event came from, once the earlier steps ran.
 *
 * @param id       article id
 * @param headline its headline
 * @param body     its body, for the sentences of mentions
 * @param day      its publication day, inferred from the thread when the article has no year; null when unknown
 * @param order    position in the stream, for "later article" when two share a day
 * @param thread   its story thread id
 * @param names    actor names of the article resolved against the knowledge base
 * @param timexValues raw TimeML values of the article's time expressions, to tell a date the text gave from a
 *                 date the event stage fell back on (the publication date)
 * @param entities the article's named mentions, with the state each belongs to, to read what a report's own words name
 */
record ArticleContext(String id, String headline, String body, LocalDate day, long order, String thread,
                      ActorKnowledgeBase.Resolution names, Set<String> timexValues,
                      List<Entity> entities) {}
