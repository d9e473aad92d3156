package org.dateline.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dateline.model.Annotated;
import org.dateline.model.EventLink;
import org.dateline.model.Mention;
import org.dateline.model.StoryEvent;
import org.dateline.store.Store;

/**
 * An event with its full provenance: every mention's sentence with highlights, and each linked event summarised
 * so a plan shows what became of it.
 */
public record EventDetail(EventSummary event, List<MentionView> mentions, List<LinkedEvent> links) {

    /** A link with the event at its other end (null when that event is no longer stored). */
    public record LinkedEvent(String rel, String evidence, EventSummary event) {}

    static Optional<EventDetail> load(Store store, String id) {
        return store.storyEvent(id).map(se -> of(store, se));
    }

    static EventDetail of(Store store, StoryEvent se) {
        Map<String, Annotated> articles = new HashMap<>();
        List<MentionView> mentions = new ArrayList<>();
        for (Mention m : se.mentions()) {
            Annotated a = articles.computeIfAbsent(m.article(), k -> store.annotatedArticle(k).orElse(null));
            mentions.add(MentionHighlighter.view(m, se.event(), a));
        }
        List<LinkedEvent> links = new ArrayList<>();
        for (EventLink l : se.links()) {
            links.add(new LinkedEvent(l.rel().spelling(), l.evidence(), store.storyEvent(l.event()).map(EventSummary::of).orElse(null)));
        }
        return new EventDetail(EventSummary.of(se), mentions, links);
    }
}
