package org.dateline.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.dateline.store.ConnectionCounts;
import org.dateline.store.Store;

/**
 * Remembers answers that scan a whole table (how many actors, threads, links; the store summary) until what they
 * were read from changes: even counted by the database ({@link Store#connectionCounts()}), a scan per request costs
 * more under load than the page itself. Counts of the cross-article record live until Connect replaces it
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

    private ConnectionCounts counts() { return connected("counts", store::connectionCounts); }

    long actors() { return counts().actors(); }

    long threads() { return counts().threads(); }

    long links() { return counts().links(); }

    StatsView stats() {
        return get("stats", store.dataVersion(), () -> {
            ConnectionCounts c = counts();
            return new StatsView(store.stats(), c.storyEvents(), c.actors(), c.threads(), c.links());
        });
    }
}
