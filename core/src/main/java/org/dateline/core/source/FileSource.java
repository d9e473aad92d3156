package org.dateline.core.source;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Any file (or stream) whose kind is decided when it is read: by name, through a {@code .gz}, then by content.
 * A plain page becomes one {@link RawDocument} (format {@code AUTO}, or {@code HTML} for {@code .html.gz}); a
 * gzipped or unnamed WARC, JSONL or feed is handed to its reader. Empty and binary files become one
 * {@link SourceError}.
 */
public final class FileSource implements DocumentSource {
    private final String name;
    private final StreamOpener opener;
    private final boolean onePage;

    public FileSource(Path file) {
        this(file.toString(), () -> Files.newInputStream(file), true);
    }

    public FileSource(String name, StreamOpener opener) {
        this(name, opener, false);
    }

    private FileSource(String name, StreamOpener opener, boolean onePage) {
        this.name = name;
        this.opener = opener;
        this.onePage = onePage;
    }

    /** One for a file (most are one page; a file whose content turns out to be a feed or JSON Lines gives more). */
    @Override public OptionalLong expectedDocuments() {
        return onePage ? OptionalLong.of(1) : OptionalLong.empty();
    }

    /** Standard input as a source named {@code stdin}; reading it does not close the caller's stream. */
    public static FileSource stdin(InputStream in) {
        return new FileSource("stdin", () -> new FilterInputStream(in) {
            @Override public void close() {
                // the caller owns stdin
            }
        });
    }

    @Override public String name() { return name; }

    @Override public void read(Consumer<SourceItem> sink) {
        ContentRouter.route(name, opener, null, ContentRouter.Hints.NONE, sink);
    }
}
