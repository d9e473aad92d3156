package org.dateline.core.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Polls one feed for {@code dateline watch URL --every 10m}: a conditional GET (ETag / Last-Modified, so an
 * unchanged feed costs the publisher a 304 and us nothing) that returns only the items not returned before.
 *
 * <p>State lives in memory; {@link #state()} hands it out and {@link #FeedPoller(URI, State)} takes it back, so a
 * caller may persist it between runs. The seen list keeps the newest {@value #MAX_SEEN} keys: a feed shows tens of
 * items, so anything older has long left it. Thread-safe.
 */
public final class FeedPoller {
    static final int MAX_SEEN = 10_000;

    /**
     * What a poller remembers.
     *
     * @param etag         the feed's last {@code ETag}, or null
     * @param lastModified the feed's last {@code Last-Modified}, or null
     * @param seen         keys (guid, else link, else title) of items already returned, oldest first
     */
    public record State(String etag, String lastModified, List<String> seen) {
        public static final State EMPTY = new State(null, null, List.of());

        public State {
            seen = List.copyOf(seen == null ? List.of() : seen);
        }
    }

    private final URI feed;
    private final HttpFetcher fetcher;
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    private String etag;
    private String lastModified;

    public FeedPoller(URI feed) {
        this(feed, State.EMPTY);
    }

    public FeedPoller(URI feed, State state) {
        this(feed, state, HttpFetcher.shared());
    }

    FeedPoller(URI feed, State state, HttpFetcher fetcher) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.fetcher = fetcher;
        this.etag = state.etag();
        this.lastModified = state.lastModified();
        this.seen.addAll(state.seen());
    }

    public URI feed() { return feed; }

    public synchronized State state() {
        return new State(etag, lastModified, new ArrayList<>(seen));
    }

    /**
     * New items since the last poll (an empty list when the feed is unchanged), or one {@link SourceError} when the
     * feed could not be fetched or parsed. Never throws.
     */
    public synchronized List<SourceItem> poll() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (etag != null) headers.put("If-None-Match", etag);
        if (lastModified != null) headers.put("If-Modified-Since", lastModified);
        HttpFetcher.Response r;
        try {
            r = fetcher.get(feed, headers);
        } catch (HttpFetcher.FetchException e) {
            return List.of(new SourceError(feed.toString(), e.getMessage()));
        }
        if (r.status() == 304) return List.of();
        if (r.status() < 200 || r.status() > 299) return List.of(new SourceError(feed.toString(), "HTTP " + r.status()));
        if (r.body() == null) {
            return List.of(new SourceError(feed.toString(), "feed larger than " + (HttpFetcher.MAX_BODY >> 20) + " MB"));
        }
        List<FeedSource.FeedItem> items = FeedSource.items(feed.toString(), r.body());
        List<SourceItem> fresh = new ArrayList<>();
        boolean feedFailed = false;
        for (FeedSource.FeedItem item : items) {
            if (item.key() == null) {
                feedFailed |= item.item() instanceof SourceError && item.item().source().equals(feed.toString());
                fresh.add(item.item());
            } else if (seen.add(item.key())) {
                fresh.add(item.item());
            }
        }
        if (!feedFailed) { // a broken feed must be fetched in full again, not answered with a 304
            etag = r.headers().firstValue("ETag").orElse(null);
            lastModified = r.headers().firstValue("Last-Modified").orElse(null);
        }
        trimSeen();
        return fresh;
    }

    private void trimSeen() {
        Iterator<String> oldest = seen.iterator();
        for (int excess = seen.size() - MAX_SEEN; excess > 0; excess--) {
            oldest.next();
            oldest.remove();
        }
    }
}
