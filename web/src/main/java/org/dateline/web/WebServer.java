package org.dateline.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dateline.store.SearchBudget;
import org.dateline.store.Store;

/**
 * {@code dateline serve}: the JSON API under {@code /api/}, the pages and their scripts from the jar, and the graph
 * library from its WebJar, all from one origin so the pages work with no network and a strict CSP.
 */
public final class WebServer implements AutoCloseable {
    /** Where the pages live on the classpath. */
    static final String PAGES = "/org/dateline/web/pages";
    /** How long one search may run before the client is answered 503: a page that waits longer is not used. */
    static final Duration SEARCH_TIME = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;
    private final Api api;
    private final String host;
    private final AtomicBoolean stopping;

    private WebServer(Javalin app, Api api, String host, AtomicBoolean stopping) {
        this.app = app;
        this.api = api;
        this.host = host;
        this.stopping = stopping;
    }

    /** Starts serving the store; the caller keeps the store open until {@link #close()}. */
    public static WebServer start(Store store, ServeOptions options) {
        return start(store, options, SearchBudget.within(SEARCH_TIME));
    }

    /** As {@link #start(Store, ServeOptions)}, each search within {@code searchBudget}. */
    static WebServer start(Store store, ServeOptions options, SearchBudget searchBudget) {
        AtomicBoolean stopping = new AtomicBoolean();
        Api api = new Api(store, searchBudget.cancelledWhen(stopping::get));
        WebJarAsset graph = new WebJarAsset("org.webjars.npm", "vis-network", "standalone/umd/vis-network.min.js");
        WebJarAsset graphCss = new WebJarAsset("org.webjars.npm", "vis-network", "styles/vis-network.min.css");
        byte[] js = graph.bytes();
        byte[] css = graphCss.bytes();
        Guard guard = new Guard(options.token(), ServeOptions.isLoopback(options.host()), InjectedStyles.hashSources(js));
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.prefer405over404 = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = PAGES;
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
        });
        app.before(guard::handle);
        app.get("/lib/vis-network.min.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=86400").result(js));
        app.get("/lib/vis-network.min.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=86400").result(css));
        Libraries.register(app);
        api.register(app);
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
        });
        app.start(options.host(), options.port());
        return new WebServer(app, api, options.host(), stopping);
    }

    private static void error(io.javalin.http.Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? status.getMessage() : message, "status", status.getCode()));
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port() + "/");
    }

    /** The API routes, as registered. */
    public List<String> apiPaths() {
        return api.paths();
    }

    /** Stops taking requests; searches under way stop too, so the server does not wait for them. */
    @Override
    public void close() {
        stopping.set(true);
        app.stop();
    }
}
