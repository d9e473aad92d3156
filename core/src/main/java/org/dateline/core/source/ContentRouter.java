package org.dateline.core.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.function.Consumer;


/**
 * Opens a byte stream, looks at its head and hands it to the reader for its kind (WARC, JSON Lines, feed, single
 * document). Why one router for files, stdin and downloads: the empty / binary / gzip checks must be the same
 * whatever the bytes came through, and each bad input must end as exactly one {@link SourceError}.
 */
final class ContentRouter {
    static final int HEAD = 8192;
    static final int MAX_DOCUMENT = Sources.MAX_DOCUMENT;
    private static final int BUFFER = 64 * 1024;

    /**
     * What the transport already knows about a single document (a download's URL, charset, content type).
     * Fields may be null.
     */
    record Hints(String url, Charset charset, RawDocument.Format format) {
        static final Hints NONE = new Hints(null, null, null);
    }

    private ContentRouter() {}

    /**
     * Reads one input to the sink.
     *
     * @param name  the name used in every item's {@code source} and for kind-by-extension
     * @param kind  the kind the caller already knows, or null to decide by name, then by content
     */
    static void route(String name, StreamOpener opener, SourceKind kind, Hints hints, Consumer<SourceItem> sink) {
        try (InputStream raw = opener.open()) {
            route(name, raw, kind, hints, sink);
        } catch (IOException e) {
            // Only opening, peeking and whole-document reads fail here: the kind readers report their own errors.
            // Runtime exceptions are not caught: they come from the caller's sink and are the caller's to see.
            sink.accept(new SourceError(name, Reasons.of(e)));
        }
    }

    private static void route(String name, InputStream raw, SourceKind known, Hints hints, Consumer<SourceItem> sink)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        byte[] head = peek(in);
        if (head.length == 0) {
            sink.accept(new SourceError(name, "empty file"));
            return;
        }
        SourceKind named = known != null ? known : SourceKind.byName(name);
        boolean gzip = GzipSupport.isGzip(head);
        if (named == SourceKind.WARC || (!gzip && SourceKind.sniff(head) == SourceKind.WARC)) {
            WarcSource.readStream(name, in, sink); // jwarc gunzips itself and so keeps compressed record offsets
            return;
        }
        BufferedInputStream content = in;
        if (gzip) {
            content = GzipSupport.maybeGunzip(in);
            head = peek(content);
            if (head.length == 0) {
                sink.accept(new SourceError(name, "empty file (after gunzip)"));
                return;
            }
        }
        SourceKind kind = named != null ? named : SourceKind.sniff(head);
        if (kind == SourceKind.WARC) {
            WarcSource.readStream(name, content, sink);
            return;
        }
        String binary = binaryReason(head, kind);
        if (binary != null) {
            sink.accept(new SourceError(name, binary));
            return;
        }
        switch (kind) {
            case JSONL -> JsonlSource.readStream(name, content, sink);
            case FEED -> FeedSource.readStream(name, content, sink);
            default -> readDocument(name, content, hints, sink);
        }
    }

    private static void readDocument(String name, InputStream in, Hints hints, Consumer<SourceItem> sink)
            throws IOException {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT + 1);
        if (bytes.length > MAX_DOCUMENT) {
            sink.accept(new SourceError(name, "larger than " + (MAX_DOCUMENT >> 20) + " MB, not read as one document"));
            return;
        }
        RawDocument.Format format = hints.format() != null ? hints.format() : formatByName(name);
        sink.accept(new RawDocument(name, null, hints.url(), format, bytes, hints.charset(), null, null));
    }

    /** HTML when the name (through a {@code .gz}) says so, so that {@code page.html.gz} is not left to sniffing. */
    static RawDocument.Format formatByName(String name) {
        String n = SourceKind.stripGz(name).toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")
                ? RawDocument.Format.HTML : RawDocument.Format.AUTO;
    }

    /** Null when the head looks like text; else why the input is refused. WARC never gets here (it may hold binaries). */
    private static String binaryReason(byte[] head, SourceKind kind) {
        try {
            TextDecoder.checkReadable(head);
            return null;
        } catch (UnreadableDocumentException e) {
            String what = switch (kind) {
                case JSONL -> "JSON Lines";
                case FEED -> "an RSS or Atom feed";
                default -> "a text or HTML page";
            };
            return e.getMessage().startsWith("binary") ? "binary content, not " + what : e.getMessage();
        }
    }

    static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        return head;
    }
}
