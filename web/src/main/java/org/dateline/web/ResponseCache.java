package org.dateline.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

import org.dateline.store.Store;

/**
 * The JSON of recent API answers, kept until the store changes. The API is read-only and the store changes only
 * when an ingest commits ({@link Store#dataVersion()}), so the same page of events or the same search asked by many
 * clients is computed once per change instead of once per request: under load that is the difference between
 * answering from memory and queueing behind SQLite and Jackson on two cores.
 *
 * <p>An answer is tagged with the version read before it was computed, so one computed while a commit landed is
 * recomputed on the next request, never served as current.
 */
final class ResponseCache {
    private static final int MAX_ENTRIES = 512;
    private static final int MAX_ENTRY_BYTES = 1 << 20;

    private record Entry(long version, byte[] json) {}

    private final Store store;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    ResponseCache(Store store) {
        this.store = store;
    }

    /** Answers with the cached JSON for this path and query when the store has not changed, else with {@code answer}'s. */
    void json(Context ctx, Supplier<?> answer) {
        String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
        long version = store.dataVersion();
        Entry e;
        synchronized (entries) {
            e = entries.get(key);
        }
        if (e == null || e.version() != version) {
            e = new Entry(version, serialize(answer.get()));
            if (e.json().length <= MAX_ENTRY_BYTES) {
                synchronized (entries) {
                    entries.put(key, e);
                }
            }
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(e.json());
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static byte[] serialize(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", ex);
        }
    }
}
