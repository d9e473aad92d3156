package org.dateline.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.dateline.store.EventFilter;
import org.dateline.store.Store;

/**
 * Remembers answers that read a whole table (how many actors, threads, links; the store summary) until what they
 * were read from changes. The store has no cheap count for these, and under load recomputing them per request cost
 * more than the page itself. Counts of the cross-article record live until Connect replaces it
 * ({@link Store#connectionsGeneration()}); the summary, which also counts articles, until any commit
 * ({@link Store#dataVersion()}).
 */
final class Totals {
    private record Entry(long version, Object value) {}

    private final Store store;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Totals(Store store) {
        this.store = store;
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String key, long version, Supplier<T> compute) {
        Entry e = entries.get(key);
        if (e != null && e.version() == version) return (T) e.value();
        T value = compute.get();
        entries.put(key, new Entry(version, value));
        return value;
    }

    private <T> T connected(String key, Supplier<T> compute) {
        return get(key, store.connectionsGeneration(), compute);
    }

    long actors() { return connected("actors", () -> (long) store.actors(0, 0).size()); }

    long threads() { return connected("threads", () -> (long) store.threads(0, 0).size()); }

    long links() { return connected("links", () -> (long) store.links().size()); }

    StatsView stats() {
        return get("stats", store.dataVersion(),
                () -> new StatsView(store.stats(), store.storyEventCount(EventFilter.all()), actors(), threads(), links()));
    }
}
