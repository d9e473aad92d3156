package org.dateline.core.source;

import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Something that yields documents: a file, a folder entry, a WARC, a JSON Lines dump, a feed, a URL.
 *
 * <p>Why a push-style {@link #read(Consumer)} rather than a list: a WARC or a JSONL dump can hold millions of
 * documents, so a source hands them over one at a time and never holds more than one in memory. A source never
 * throws out of {@code read}: whatever cannot be read arrives in the sink as a {@link SourceError} and the rest of
 * the input still follows.
 */
public interface DocumentSource extends AutoCloseable {

    /** Streams every document (and every error) of this source to the sink, in input order. */
    void read(Consumer<SourceItem> sink);

    /** The source as the user named it (a path, a URL, {@code -} for stdin), for messages. */
    String name();

    /**
     * How many documents reading will give, when that is cheap to know beforehand (for a progress bar): one for a
     * page file, the lines of a JSON Lines file. Empty when unknown (standard input, URLs, WARC, feeds). An
     * estimate: a line that is not a document still counts.
     */
    default OptionalLong expectedDocuments() {
        return OptionalLong.empty();
    }

    /** Sources open their input inside {@link #read} and close it before returning, so there is usually nothing left. */
    @Override
    default void close() {}
}
