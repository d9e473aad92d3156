package org.dateline.web;

import org.dateline.store.EventFilter;
import org.dateline.store.Stats;
import org.dateline.store.Store;

/** The front page's summary: what the store holds, and how much the cross-article stage made of it. */
public record StatsView(Stats store, long events, long actors, long threads, long links) {
    static StatsView load(Store store) {
        return new StatsView(store.stats(), store.storyEventCount(EventFilter.all()), store.actors(0, 0).size(),
                store.threads(0, 0).size(), store.links().size());
    }
}
