package org.dateline.core.source;

/**
 * A document (or a whole source) that could not be read. Sources report these instead of throwing, so
 * that one bad file never stops a batch.
 *
 * @param source where it came from: path, URL, {@code file.warc.gz#record-12}, {@code file.jsonl:17}
 * @param reason one human-readable line: "truncated gzip stream", "not JSON: Unexpected character..."
 */
public record SourceError(String source, String reason) implements SourceItem {
    @Override public String toString() { return source + ": " + reason; }
}
