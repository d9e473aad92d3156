package org.dateline.model;

import java.util.List;
import java.util.Map;

/**
 * What the cross-article stage found over a set of annotated articles. Built from scratch or incrementally by
 * {@code core.connect}; stored as a whole by the store.
 *
 * @param events        story events (each merged real event once)
 * @param threads       story threads
 * @param actors        the actor knowledge base
 * @param revisionOf    article id -> id of the story it is a near-duplicate copy or re-filed revision of
 *                      (the newest revision is the one shown; all are kept)
 * @param inferredDates article id -> publication date (TimeML) inferred from its thread, for yearless articles
 */
public record Connected(List<StoryEvent> events, List<StoryThread> threads, List<ActorProfile> actors,
                        Map<String, String> revisionOf, Map<String, String> inferredDates) {
    public Connected {
        events = List.copyOf(events);
        threads = List.copyOf(threads);
        actors = List.copyOf(actors);
        revisionOf = Map.copyOf(revisionOf);
        inferredDates = Map.copyOf(inferredDates);
    }

    public static Connected empty() { return new Connected(List.of(), List.of(), List.of(), Map.of(), Map.of()); }
}
