package org.dateline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import org.dateline.model.ActorProfile;
import org.dateline.model.EventStatus;
import org.dateline.model.EventType;
import org.dateline.model.StoryEvent;
import org.dateline.store.EventCriteria;
import org.dateline.store.InvalidQueryException;
import org.dateline.store.SearchBudget;
import org.dateline.store.SearchHit;
import org.dateline.store.SearchInterruptedException;
import org.dateline.store.Store;
import org.dateline.store.StoryLink;
import org.dateline.store.export.SourceArticles;
import org.dateline.store.geo.Gazetteer;

/**
 * The read-only JSON API. Every route is registered through {@link #get} so {@link #paths()} lists exactly what is
 * served (the OpenAPI document is tested against it). Lists are paged with {@code limit} and {@code offset}.
 */
final class Api {
    static final String OPENAPI = "/org/dateline/web/openapi.json";

    private final Store store;
    private final NetworkCache networks;
    private final Totals totals;
    private final ResponseCache cache;
    private final EventSet eventSet;
    private final List<String> paths = new ArrayList<>();
    private final byte[] openApi = resource(OPENAPI);
    private final SearchBudget searchBudget;

    /** The API over {@code store}; every search stops when {@code searchBudget} runs out or its client hangs up. */
    Api(Store store, SearchBudget searchBudget) {
        this.store = store;
        this.searchBudget = searchBudget;
        this.networks = new NetworkCache(store);
        this.totals = new Totals(store);
        this.cache = new ResponseCache(store);
        this.eventSet = new EventSet(store);
    }

    /** Paths as registered, e.g. {@code /api/events/{id}}. */
    List<String> paths() {
        return List.copyOf(paths);
    }

    void register(Javalin app) {
        get(app, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        get(app, "/api/stats", ctx -> ctx.json(totals.stats()));
        get(app, "/api/codebook", ctx -> ctx.json(Codebook.standard()));
        get(app, "/api/search", this::search);
        get(app, "/api/events", this::events);
        get(app, "/api/counts", this::counts);
        get(app, "/api/facets", ctx -> {
            EventQuery q = EventQuery.of(ctx);
            cache.connectedJson(ctx, () -> Facets.of(eventSet.events(q.withoutChoices()), eventSet.events(EventQuery.everything())));
        });
        get(app, "/api/countries", ctx -> {
            EventQuery q = EventQuery.of(ctx);
            cache.connectedJson(ctx, () -> Facets.countries(eventSet.events(q)));
        });
        get(app, "/api/places", ctx -> {
            EventQuery q = EventQuery.of(ctx);
            cache.connectedJson(ctx, () -> PlacePoints.of(eventSet.events(q), Gazetteer.standard()));
        });
        get(app, "/api/download", ctx -> EventDownload.send(ctx, eventSet.events(EventQuery.of(ctx)), new SourceArticles(store::article)));
        get(app, "/api/events/{id}", ctx -> ctx.json(EventDetail.load(store, ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no event " + ctx.pathParam("id")))));
        get(app, "/api/actors", this::actors);
        get(app, "/api/actors/{name}", ctx -> ctx.json(ActorPage.load(store, ctx.pathParam("name"),
                        Math.min(Paging.number(ctx, "timeline_limit", 500), 2000), new Paging(
                        Paging.number(ctx, "quote_limit", 20), Paging.number(ctx, "quote_offset", 0)))
                .orElseThrow(() -> new NotFoundResponse("no actor " + ctx.pathParam("name")))));
        get(app, "/api/network", ctx -> ctx.json(networks.get(filter(ctx, 0, 0), types(ctx), Paging.of(ctx).limit())));
        get(app, "/api/threads", ctx -> {
            Paging p = Paging.of(ctx);
            ctx.json(Page.of(store.threads(p.limit(), p.offset()), totals.threads(), p));
        });
        get(app, "/api/threads/{id}", ctx -> ctx.json(ThreadPage.load(store, ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no thread " + ctx.pathParam("id")))));
        get(app, "/api/articles/{id}", ctx -> ctx.json(ArticlePage.load(store, ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no article " + ctx.pathParam("id")))));
        get(app, "/api/links", ctx -> {
            Paging p = Paging.of(ctx);
            List<StoryLink> page = store.links(p.limit(), p.offset());
            ctx.json(Page.of(page, page.size() < p.limit() && (p.offset() == 0 || !page.isEmpty()) ? p.offset() + page.size() : totals.links(), p));
        });
    }

    /** A GET route, and the same handler for HEAD, so HEAD answers what GET would (404 included), without the body. */
    private void get(Javalin app, String path, Handler handler) {
        paths.add(path);
        app.get(path, handler);
        app.head(path, handler);
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) throw new BadRequestResponse("q is required");
        Paging p = Paging.of(ctx);
        try (ClientPresence client = ClientPresence.of(ctx)) {
            cache.json(ctx, () -> search(q, p, searchBudget.cancelledWhen(client)));
        }
    }

    private Page<SearchResult> search(String q, Paging p, SearchBudget budget) {
        List<SearchHit> hits;
        try {
            hits = store.search(q, p.limit() + 1, p.offset(), SearchResult.OPEN, SearchResult.CLOSE, budget);
        } catch (InvalidQueryException e) {
            throw new BadRequestResponse("cannot search: " + e.getMessage());
        } catch (SearchInterruptedException e) {
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(), e.getMessage());
        }
        boolean more = hits.size() > p.limit();
        List<SearchResult> items = hits.stream().limit(p.limit()).map(SearchResult::of).toList();
        long total;
        try {
            total = !more && (p.offset() == 0 || !items.isEmpty()) ? p.offset() + items.size()
                    : store.searchCount(q, budget);
        } catch (SearchInterruptedException e) {
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(), e.getMessage());
        }
        return new Page<>(items, total, p.limit(), p.offset(), more);
    }

    private void events(Context ctx) {
        Paging p = Paging.of(ctx);
        EventQuery q = EventQuery.of(ctx);
        cache.connectedJson(ctx, () -> {
            List<StoryEvent> all = eventSet.events(q);
            Page<StoryEvent> page = Page.slice(all, p);
            return new Page<>(page.items().stream().map(EventSummary::of).toList(), page.total(), p.limit(), p.offset(), page.more());
        });
    }

    private void counts(Context ctx) {
        EventQuery q = EventQuery.of(ctx);
        TimeCounts.Bucket bucket = TimeCounts.Bucket.of(ctx.queryParam("bucket"));
        String by = ctx.queryParamAsClass("by", String.class).getOrDefault("type");
        if (!List.of("type", "quad", "status").contains(by)) throw new BadRequestResponse("by must be type, quad or status");
        cache.connectedJson(ctx, () -> TimeCounts.of(eventSet.events(q), bucket, by));
    }

    private void actors(Context ctx) {
        Paging p = Paging.of(ctx);
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            ctx.json(Page.of(store.actors(p.limit(), p.offset()), totals.actors(), p));
            return;
        }
        String needle = q.strip().toLowerCase(Locale.ROOT);
        List<ActorProfile> matching = store.actors(0, 0).stream()
                .filter(a -> a.name().toLowerCase(Locale.ROOT).contains(needle)
                        || a.aliases().stream().anyMatch(al -> al.toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
        ctx.json(Page.slice(matching, p));
    }

    /** The event filter of the query string; unknown types, statuses and unreadable dates are the client's error. */
    static EventCriteria filter(Context ctx, int limit, int offset) {
        String status = ctx.queryParam("status");
        EventStatus wanted = null;
        if (status != null && !status.isBlank()) {
            String s = status.strip().toLowerCase(Locale.ROOT);
            if (!Codebook.STATUSES.contains(s)) throw new BadRequestResponse("status must be one of " + Codebook.STATUSES);
            wanted = EventStatus.parse(s);
        }
        String type = ctx.queryParam("type");
        return new EventCriteria.Builder().actor(ctx.queryParam("actor")).with(ctx.queryParam("with"))
                .type(type == null || type.isBlank() ? null : eventType(type)).status(wanted)
                .from(ctx.queryParam("from")).to(ctx.queryParam("to")).place(ctx.queryParam("place"))
                .thread(ctx.queryParam("thread")).article(ctx.queryParam("article")).limit(limit).offset(offset).build();
    }

    /** {@code types=CONSULT,AGREE}: the PLOVER types a network is drawn from (any case); empty for all. */
    static Set<EventType> types(Context ctx) {
        String v = ctx.queryParam("types");
        if (v == null || v.isBlank()) return Set.of();
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String t : v.split(",")) if (!t.isBlank()) types.add(eventType(t));
        return types;
    }

    /** The PLOVER type a query names in any case; another word is the client's error. */
    private static EventType eventType(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (!Codebook.TYPES.contains(t)) throw new BadRequestResponse("type must be one of " + Codebook.TYPES);
        return EventType.parse(t);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
