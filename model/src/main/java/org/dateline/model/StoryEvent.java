package org.dateline.model;

import java.util.List;

/**
 * One real-world event as the whole record knows it: coded fields refined from its most precise mention, every
 * mention across articles, and its links to plans and outcomes. This is what {@code export --format jsonl} writes,
 * one line per story event.
 *
 * @param id       stable id across runs for the same mentions (derived from the first mention)
 * @param event    the coded fields ({@code event.id()} equals {@link #id()}); date and place from the most precise mention
 * @param mentions every report of it, oldest article first
 * @param links    plans realized, cancellations, ...
 * @param thread   id of the story thread it belongs to, or null
 */
public record StoryEvent(String id, Event event, List<Mention> mentions, List<EventLink> links, String thread) {
    public StoryEvent {
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
    }
}
