package org.dateline.web;

import java.util.List;
import java.util.Optional;

import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;
import org.dateline.store.EventCriteria;
import org.dateline.store.Store;

/** An article with what the pipeline found in it and the story events it reports. */
public record ArticlePage(Article article, List<Entity> entities, List<TimeExpression> timexes, List<Quote> quotes,
                          List<EventSummary> events) {
    static final int MAX_EVENTS = 200;

    static Optional<ArticlePage> load(Store store, String id) {
        return store.annotatedArticle(id).map(a -> new ArticlePage(a.article(), a.entities(), a.timexes(), a.quotes(),
                store.storyEvents(EventCriteria.all().withArticle(a.article().id()).withLimit(MAX_EVENTS))
                        .stream().map(EventSummary::of).toList()));
    }
}
