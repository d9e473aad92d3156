package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dateline.core.source.JsonlSource;
import org.dateline.core.source.RawDocument;

/** The documents a benchmark runs on, read from a JSON Lines dump (gzipped or not) by core's {@link JsonlSource}. */
final class BenchInput {
    private BenchInput() {}

    /**
     * The first {@code limit} documents of a dump. A line that cannot be read is left out of the benchmark (it
     * measures speed, not coverage), as is a document with a blank text.
     */
    static List<RawDocument> jsonl(Path file, int limit) {
        List<RawDocument> out = new ArrayList<>();
        try (JsonlSource source = new JsonlSource(file)) {
            source.read(item -> {
                if (out.size() < limit && item instanceof RawDocument d && !text(d).isBlank()) out.add(d);
            });
        }
        return out;
    }

    /** The document's text as stated in the dump. */
    static String text(RawDocument d) { return new String(d.bytes(), d.charset()); }
}
