package org.dateline.spark;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.LocalDate;

import org.dateline.core.source.RawDocument;
import org.dateline.core.source.SourceError;
import org.dateline.core.source.SourceItem;

/**
 * What a source yielded, in a form Spark can ship between stages: core's {@link RawDocument} holds a
 * {@link Charset} and a {@link LocalDate} and is not {@link Serializable}, so this carries their names instead.
 * Exactly one of {@code bytes} and {@code error} is set.
 */
record ReadItem(String source, String id, String url, String format, byte[] bytes, String charset, String date,
                String title, String error) implements Serializable {

    static ReadItem of(SourceItem item) {
        if (item instanceof SourceError e) return failed(e.source(), e.reason());
        RawDocument d = (RawDocument) item;
        return new ReadItem(d.source(), d.id(), d.url(), d.format().name(), d.bytes(),
                d.charset() == null ? null : d.charset().name(), d.date() == null ? null : d.date().toString(),
                d.title(), null);
    }

    static ReadItem failed(String source, String reason) {
        return new ReadItem(source, null, null, null, null, null, null, null, reason);
    }

    boolean failed() {
        return error != null;
    }

    /** The document back as core knows it; equal to what the source yielded. */
    RawDocument toRawDocument() {
        return new RawDocument(source, id, url, RawDocument.Format.valueOf(format), bytes,
                charset == null ? null : Charset.forName(charset), date == null ? null : LocalDate.parse(date), title);
    }
}
