package org.dateline.model;

import java.util.List;

/** An article with everything the per-document pipeline found in it. */
public record Annotated(Article article, List<Entity> entities, List<TimeExpression> timexes, List<Quote> quotes,
                        List<Event> events) {
    public Annotated {
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    /** The same annotations with other events (the ones a later stage kept, or none for a page that codes none). */
    public Annotated withEvents(List<Event> kept) {
        return new Annotated(article, entities, timexes, quotes, kept);
    }

    /** Just the article, before any language stage ran. */
    public static Annotated of(Article article) {
        return new Annotated(article, List.of(), List.of(), List.of(), List.of());
    }
}
