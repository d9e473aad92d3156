package org.dateline.store.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a class-path table, UTF-8 (gunzipped when the name ends in .gz), with comments and blanks left out.
 * The store's own small reader beside core's {@code ResourceFile}: the store must not depend on core (core drags in
 * CoreNLP and its models), and the tables it reads (the gazetteer, CAMEO scales) are its own or copied at build time.
 */
public final class TableLines {
    private TableLines() {}

    public static List<String> of(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream raw = TableLines.class.getResourceAsStream(resource)) {
            if (raw == null) throw new IllegalStateException("missing resource " + resource);
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#") && !line.isBlank()) lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The tab-separated fields of each line, empty trailing fields kept. */
    public static List<String[]> rows(String resource) {
        return of(resource).stream().map(l -> l.split("\t", -1)).toList();
    }
}
