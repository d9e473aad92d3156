package org.dateline.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.dateline.model.EventType;
import org.dateline.store.EventCriteria;
import org.dateline.store.Store;

/**
 * Remembers the last networks drawn: a graph reads every matching event, while the page asks for the same one
 * again and again. An entry is reused until Connect replaces the cross-article record it was drawn from
 * ({@link Store#connectionsGeneration()}), so a fresh ingest shows up on the next request.
 */
final class NetworkCache {
    private static final int MAX_ENTRIES = 64;

    private record Key(EventCriteria filter, Set<EventType> types, int limit) {}

    private record Entry(long generation, Network network) {}

    private final Store store;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    NetworkCache(Store store) {
        this.store = store;
    }

    /** The network of the events the filter selects and, when {@code types} is not empty, of those types only. */
    Network get(EventCriteria filter, Set<EventType> types, int limit) {
        Key key = new Key(filter.withLimit(0).withOffset(0), Set.copyOf(types), limit);
        long generation = store.connectionsGeneration();
        Entry e = entries.get(key);
        if (e != null && e.generation() == generation) return e.network();
        Network n = Network.of(store.storyEvents(key.filter()).stream()
                .filter(se -> types.isEmpty() || types.contains(se.event().type())).toList(), limit);
        if (entries.size() >= MAX_ENTRIES) entries.clear();
        entries.put(key, new Entry(generation, n));
        return n;
    }
}
