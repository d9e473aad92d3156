package org.dateline.core.source;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One document as a source delivered it: the bytes plus whatever the source knew about them.
 *
 * <p>Nothing here is interpreted yet; the {@link org.dateline.core.read.ArticleReader} turns it into an
 * {@link org.dateline.model.Article}. Immutable; build one with {@link #of(String, byte[])} and the
 * {@code with...} methods.
 *
 * @param source   where it came from, for error messages and provenance: a path, a URL, {@code file.warc.gz#record-12}
 * @param id       an identifier the source gave (a JSONL {@code id}), or null
 * @param url      the page's URL when known (feed link, WARC target URI, JSONL url), or null
 * @param format   what the bytes are, or {@link Format#AUTO} to let the reader sniff
 * @param bytes    the content, undecoded
 * @param charset  a charset the transport declared (HTTP header, WARC header), or null
 * @param date     a publication date the source stated (feed item, WARC date, JSONL date), or null
 * @param title    a title the source stated (feed item, JSONL title), or null
 */
public record RawDocument(String source, String id, String url, Format format, byte[] bytes,
                          Charset charset, LocalDate date, String title) implements SourceItem {

    /** What kind of document the bytes hold. */
    public enum Format { AUTO, TEXT, HTML }

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        if (format == null) format = Format.AUTO;
    }

    public static RawDocument of(String source, byte[] bytes) {
        return new RawDocument(source, null, null, Format.AUTO, bytes, null, null, null);
    }

    public RawDocument withId(String v) { return new RawDocument(source, v, url, format, bytes, charset, date, title); }
    public RawDocument withUrl(String v) { return new RawDocument(source, id, v, format, bytes, charset, date, title); }
    public RawDocument withFormat(Format v) { return new RawDocument(source, id, url, v, bytes, charset, date, title); }
    public RawDocument withCharset(Charset v) { return new RawDocument(source, id, url, format, bytes, v, date, title); }
    public RawDocument withDate(LocalDate v) { return new RawDocument(source, id, url, format, bytes, charset, v, title); }
    public RawDocument withTitle(String v) { return new RawDocument(source, id, url, format, bytes, charset, date, v); }

    @Override public String toString() { return "RawDocument[" + source + ", " + bytes.length + " bytes]"; }
}
