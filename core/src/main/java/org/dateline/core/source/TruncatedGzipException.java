package org.dateline.core.source;

import java.io.IOException;

/** A gzip stream that ended before its last member was complete (a cut download, a full disk). */
public final class TruncatedGzipException extends IOException {
    public TruncatedGzipException() {
        super("truncated gzip stream");
    }
}
