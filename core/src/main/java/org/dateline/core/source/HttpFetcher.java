package org.dateline.core.source;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One GET with the timeouts the project promises (connect 10 s, whole request 30 s), redirects followed, the body
 * capped, and every failure turned into a short reason ("connection refused", "timed out after 30 s").
 * Why a deadline on top of {@link HttpRequest#timeout}: that one stops at the response headers, and a server
 * that trickles its body would otherwise hold a batch forever.
 */
final class HttpFetcher {
    static final int MAX_BODY = 32 << 20;
    private static final String USER_AGENT = "Dateline/0.1 (news reader; +https://www.gnu.org/licenses/gpl-3.0.html)";
    private static volatile HttpFetcher shared;

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    /** What came back; {@code body} is null when the response was larger than {@link #MAX_BODY}. */
    record Response(int status, HttpHeaders headers, byte[] body, URI uri) {
        String contentType() {
            return headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        }

        Charset charset() {
            for (String part : contentType().split(";")) {
                String p = part.strip();
                if (p.startsWith("charset=")) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").strip());
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    }

    /** A fetch that failed before any HTTP status arrived; the message is the one-line reason. */
    static final class FetchException extends IOException {
        FetchException(String reason) {
            super(reason);
        }
    }

    HttpFetcher(Duration connectTimeout, Duration requestTimeout) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The fetcher every source shares, so that the whole run uses one connection pool. */
    static HttpFetcher shared() {
        HttpFetcher f = shared;
        if (f == null) {
            synchronized (HttpFetcher.class) {
                if (shared == null) shared = new HttpFetcher(Duration.ofSeconds(10), Duration.ofSeconds(30));
                f = shared;
            }
        }
        return f;
    }

    Response get(URI uri, Map<String, String> headers) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET()
                .header("User-Agent", USER_AGENT);
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = client.sendAsync(request.build(), HttpFetcher::capped);
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a fetchable URL: " + Reasons.oneLine(e.getMessage()));
        }
        try {
            HttpResponse<byte[]> r = future.get(requestTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return new Response(r.statusCode(), r.headers(), r.body(), r.uri());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException("timed out after " + seconds(requestTimeout));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                throw new FetchException("connection timed out after " + seconds(connectTimeout));
            }
            if (cause instanceof HttpTimeoutException) throw new FetchException("timed out after " + seconds(requestTimeout));
            throw new FetchException(Reasons.of(cause));
        }
    }

    /** Refuses, by its declared length, a body too large to hold; a body without a length is trusted. */
    private static HttpResponse.BodySubscriber<byte[]> capped(HttpResponse.ResponseInfo info) {
        long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return length > MAX_BODY ? HttpResponse.BodySubscribers.replacing(null) : HttpResponse.BodySubscribers.ofByteArray();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
