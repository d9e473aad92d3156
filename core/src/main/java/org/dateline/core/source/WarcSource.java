package org.dateline.core.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a web archive ({@code .warc} or {@code .warc.gz}), one record at a time.
 *
 * <p>Only {@code response} records with an HTTP 200 and an HTML content type become documents; requests, metadata,
 * revisits, images and redirects are skipped silently because they are not articles. Each document's
 * {@code source} is {@code file#offset}, the record's byte offset in the (compressed) file, which is the position
 * CDX indexes and {@code jwarc extract} use. A record that cannot be parsed costs that record only; a truncated
 * file ends the stream with one {@link SourceError} and keeps every record before it.
 */
public final class WarcSource implements DocumentSource {
    private final String name;
    private final StreamOpener opener;

    public WarcSource(Path file) {
        this(file.toString(), () -> Files.newInputStream(file));
    }

    public WarcSource(String name, StreamOpener opener) {
        this.name = name;
        this.opener = opener;
    }

    @Override public String name() { return name; }

    @Override public void read(Consumer<SourceItem> sink) {
        ContentRouter.route(name, opener, SourceKind.WARC, ContentRouter.Hints.NONE, sink);
    }

    /** Reads an already opened WARC stream (plain or gzipped) to the sink; never throws. */
    static void readStream(String name, InputStream in, Consumer<SourceItem> sink) {
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            sink.accept(new SourceError(name, "not a WARC file: " + Reasons.of(e)));
            return;
        }
        long index = 0;
        long lastOffset = -1;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                sink.accept(index == 0
                        ? new SourceError(name, "not a WARC file: " + Reasons.of(e))
                        : new SourceError(name + "#record-" + (index + 1),
                                truncation(e) + " (after the record at offset " + lastOffset + ")"));
                return;
            }
            if (next.isEmpty()) return;
            index++;
            lastOffset = reader.position();
            if (!(next.get() instanceof WarcResponse response)) continue;
            String source = name + "#" + lastOffset;
            SourceItem item;
            try {
                item = toDocument(source, response);
            } catch (EOFException e) {
                sink.accept(new SourceError(source, truncation(e)));
                return; // nothing follows a truncated record
            } catch (IOException | RuntimeException e) {
                item = new SourceError(source, "unreadable WARC record: " + Reasons.of(e));
            }
            if (item != null) sink.accept(item);
        }
    }

    /** The record as a document, null when it is not an HTML page, or an error when the page is too large. */
    private static SourceItem toDocument(String source, WarcResponse response) throws IOException {
        if (!"application".equalsIgnoreCase(response.contentType().type())
                || !"http".equalsIgnoreCase(response.contentType().subtype())) {
            return null; // dns:, gemini: and other non-HTTP captures
        }
        HttpResponse http = response.http();
        if (http.status() != 200 || !isHtml(http.contentType())) return null;
        byte[] body = http.bodyDecoded().stream().readNBytes(ContentRouter.MAX_DOCUMENT + 1);
        if (body.length > ContentRouter.MAX_DOCUMENT) {
            return new SourceError(source, "page larger than " + (ContentRouter.MAX_DOCUMENT >> 20) + " MB, skipped");
        }
        LocalDate date = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        return new RawDocument(source, null, response.target(), RawDocument.Format.HTML, body,
                charset(http.contentType()), date, null);
    }

    private static boolean isHtml(MediaType type) {
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.startsWith("application/xhtml");
    }

    private static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) return null;
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null; // an unknown label: let the decoder sniff
        }
    }

    private static String truncation(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof TruncatedGzipException || (e instanceof EOFException && message.contains("gzip"))) {
            return "truncated gzip stream";
        }
        if (e instanceof EOFException) {
            return message.isBlank() ? "truncated WARC record" : "truncated WARC record (" + Reasons.oneLine(message) + ")";
        }
        return "unreadable WARC record: " + Reasons.of(e);
    }
}
