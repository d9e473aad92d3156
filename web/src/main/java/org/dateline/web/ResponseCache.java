package org.dateline.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>After a commit, the first request for an answer computes it and the others asking at the same moment wait for
 * that one computation instead of each running the query (an ingest commits every few hundred milliseconds, and
 * 64 clients missing at once would otherwise run 64 searches). An answer is tagged with the version read before it
 * was computed, so one computed while a commit landed is recomputed on the next request, never served as current.
 */
final class ResponseCache {
    private static final int MAX_ENTRIES = 512;
    private static final int MAX_ENTRY_BYTES = 1 << 20;

    private record Entry(long version, CompletableFuture<byte[]> json) {}

    private final Store store;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    ResponseCache(Store store) {
        this.store = store;
    }

    /** Answers with the cached JSON for this path and query when the store has not changed, else with {@code answer}'s. */
    void json(Context ctx, Supplier<?> answer) {
        json(ctx, store.dataVersion(), answer);
    }

    /**
     * As {@link #json(Context, Supplier)} for answers read only from the cross-article record (story events and their
     * mentions and links), which changes when Connect replaces it, not with every batch of articles an ingest adds.
     */
    void connectedJson(Context ctx, Supplier<?> answer) {
        json(ctx, store.connectionsGeneration(), answer);
    }

    private void json(Context ctx, long version, Supplier<?> answer) {
        String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
        Entry e = entries.get(key);
        if (e == null || e.version() != version) {
            if (entries.size() >= MAX_ENTRIES) entries.clear();
            Entry mine = new Entry(version, new CompletableFuture<>());
            e = entries.compute(key, (k, old) -> old != null && old.version() == version ? old : mine);
            if (e == mine) compute(key, mine, answer);
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(join(e));
    }

    private void compute(String key, Entry mine, Supplier<?> answer) {
        try {
            byte[] json = serialize(answer.get());
            mine.json().complete(json);
            if (json.length > MAX_ENTRY_BYTES) entries.remove(key, mine);
        } catch (RuntimeException ex) {
            // a bad request fails for everyone who asked it at this moment, and is not remembered
            mine.json().completeExceptionally(ex);
            entries.remove(key, mine);
        }
    }

    private static byte[] join(Entry e) {
        try {
            return e.json().join();
        } catch (CompletionException ex) {
            if (ex.getCause() instanceof RuntimeException r) throw r;
            throw ex;
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
