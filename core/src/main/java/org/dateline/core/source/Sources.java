package org.dateline.core.source;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns what the user typed ({@code dateline ingest a.warc.gz dumps/ '../shared/seeds/*' - https://...}) into
 * sources, in the order given. Nothing is opened here, and nothing throws: a missing file or a glob matching
 * nothing becomes a source that yields one {@link SourceError}, so the batch reports it in its place and goes on.
 *
 * <p>Kinds by extension: {@code .warc[.gz]} WARC; {@code .jsonl[.gz]}, {@code .ndjson[.gz]} JSON Lines;
 * {@code .xml}, {@code .rss}, {@code .atom} feeds; anything else is decided by content when read
 * ({@link FileSource}). {@code -} is standard input; {@code http(s)://} a {@link UrlSource}.
 */
public final class Sources {
    /** The largest single document read, in bytes: a larger one is refused with one error, never read whole. */
    public static final int MAX_DOCUMENT = 64 << 20;

    private Sources() {}

    public static List<DocumentSource> open(List<String> specs, InputStream stdin) {
        PathExpander paths = new PathExpander(Sources::forFile);
        List<DocumentSource> sources = new ArrayList<>();
        for (String spec : specs) {
            if (spec == null || spec.isBlank()) {
                sources.add(new FailedSource(String.valueOf(spec), "empty source name"));
            } else if (spec.equals("-")) {
                sources.add(FileSource.stdin(stdin));
            } else if (isUrl(spec)) {
                sources.add(forUrl(spec));
            } else {
                sources.addAll(paths.expand(spec));
            }
        }
        return sources;
    }

    /** The source for one file, chosen by its extension. */
    public static DocumentSource forFile(Path file) {
        SourceKind kind = SourceKind.byName(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        if (kind == null) return new FileSource(file);
        return switch (kind) {
            case WARC -> new WarcSource(file);
            case JSONL -> new JsonlSource(file);
            case FEED -> new FeedSource(file);
            case DOCUMENT -> new FileSource(file);
        };
    }

    /**
     * One page (a file, or standard input) read as a single document whatever its name, as {@code annotate} reads
     * it: gunzipped, refused when empty, binary or larger than {@value #MAX_DOCUMENT} bytes, like every page ingest
     * reads.
     */
    public static DocumentSource document(String name, StreamOpener opener) {
        return new DocumentSource() {
            @Override public String name() { return name; }

            @Override public void read(Consumer<SourceItem> sink) {
                ContentRouter.route(name, opener, SourceKind.DOCUMENT, ContentRouter.Hints.NONE, sink);
            }
        };
    }

    static boolean isUrl(String spec) {
        String s = spec.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static DocumentSource forUrl(String spec) {
        try {
            URI uri = new URI(spec);
            if (uri.getHost() == null) return new FailedSource(spec, "not a valid URL: no host");
            return new UrlSource(uri);
        } catch (URISyntaxException e) {
            return new FailedSource(spec, "not a valid URL: " + Reasons.oneLine(e.getMessage()));
        }
    }
}
