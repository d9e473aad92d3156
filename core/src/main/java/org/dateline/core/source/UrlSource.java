package org.dateline.core.source;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One http(s) URL: a page becomes one document, a feed becomes its items (and a WARC or JSONL file served over
 * HTTP is read as such). Why the content type decides first: servers label pages reliably, while sniffing a page
 * that quotes {@code <rss} in its first bytes would misread it; generic types ({@code application/xml},
 * {@code application/octet-stream}) fall back to the URL's extension and then to sniffing.
 */
public final class UrlSource implements DocumentSource {
    private final URI uri;
    private final HttpFetcher fetcher;

    public UrlSource(URI uri) {
        this(uri, HttpFetcher.shared());
    }

    UrlSource(URI uri, HttpFetcher fetcher) {
        this.uri = uri;
        this.fetcher = fetcher;
    }

    @Override public String name() { return uri.toString(); }

    @Override public void read(Consumer<SourceItem> sink) {
        HttpFetcher.Response r;
        try {
            r = fetcher.get(uri, Map.of());
        } catch (HttpFetcher.FetchException e) {
            sink.accept(new SourceError(name(), e.getMessage()));
            return;
        }
        if (r.status() < 200 || r.status() > 299) {
            sink.accept(new SourceError(name(), "HTTP " + r.status()
                    + (r.status() >= 300 && r.status() < 400 ? " (redirect not followed)" : "")));
            return;
        }
        if (r.body() == null) {
            sink.accept(new SourceError(name(), "response larger than " + (HttpFetcher.MAX_BODY >> 20) + " MB, not read"));
            return;
        }
        String type = r.contentType();
        SourceKind kind = kind(type);
        RawDocument.Format format = type.contains("html") ? RawDocument.Format.HTML
                : type.startsWith("text/plain") ? RawDocument.Format.TEXT : null;
        ContentRouter.Hints hints = new ContentRouter.Hints(r.uri().toString(), r.charset(), format);
        ContentRouter.route(name(), () -> new ByteArrayInputStream(r.body()), kind, hints, sink);
    }

    /** The kind the content type (then the URL path) names; null leaves it to sniffing. */
    private SourceKind kind(String type) {
        if (type.contains("rss") || type.contains("atom") || type.contains("rdf+xml")) return SourceKind.FEED;
        if (type.contains("html") || type.startsWith("text/plain")) return SourceKind.DOCUMENT;
        if (type.contains("warc")) return SourceKind.WARC;
        if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq")) return SourceKind.JSONL;
        return uri.getPath() == null ? null : SourceKind.byName(uri.getPath());
    }
}
