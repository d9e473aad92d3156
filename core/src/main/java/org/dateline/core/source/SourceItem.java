package org.dateline.core.source;

/** What a source yields: a document, or a clear reason why one could not be read. */
public sealed interface SourceItem permits RawDocument, SourceError {
    /** Where the item came from (path, URL, record), for messages and provenance. */
    String source();
}
