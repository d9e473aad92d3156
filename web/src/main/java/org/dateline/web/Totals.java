package org.dateline.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.dateline.store.EventFilter;
import org.dateline.store.Store;

/**
 * Remembers answers that read a whole table (how many actors, threads, links; the store summary) until the store
 * changes. The store has no cheap count for these, and under load recomputing them per request cost more than
 * the page itself. "Changed" means a different number of articles or story events: an ingest adds articles, a
 * connect replaces events; both are cheap to count.
 */
final class Totals {
    private record Entry(long articles, long events, Object value) {}

    private final Store store;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Totals(Store store) {
        this.store = store;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long articles = store.count();
        long events = store.storyEventCount(EventFilter.all());
        Entry e = entries.get(key);
        if (e != null && e.articles() == articles && e.events() == events) return (T) e.value();
        T value = compute.get();
        entries.put(key, new Entry(articles, events, value));
        return value;
    }

    long actors() { return get("actors", () -> (long) store.actors(0, 0).size()); }

    long threads() { return get("threads", () -> (long) store.threads(0, 0).size()); }

    long links() { return get("links", () -> (long) store.links().size()); }

    StatsView stats() {
        return get("stats", () -> new StatsView(store.stats(), store.storyEventCount(EventFilter.all()), actors(), threads(), links()));
    }
}
