package org.dateline.core.connect;

import java.time.LocalDate;
import java.util.List;

import org.dateline.model.Entity;
import org.dateline.model.TimeExpression;

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
 * @param timexes  the article's time expressions (redated to its day), to tell a date the text gave from a date the
 *                 event stage fell back on (the publication date), and to read the days a report's own sentence names
 * @param entities the article's named mentions, with the state each belongs to, to read what a report's own words name
 */
record ArticleContext(String id, String headline, String body, LocalDate day, long order, String thread,
                      ActorKnowledgeBase.Resolution names, List<TimeExpression> timexes,
                      List<Entity> entities) {
    public ArticleContext {
        timexes = List.copyOf(timexes);
    }

    /** True when a time expression of the article has that TimeML value: the text stated the date. */
    boolean states(String value) {
        for (TimeExpression t : timexes) if (t.value() != null && t.value().equals(value)) return true;
        return false;
    }
}
