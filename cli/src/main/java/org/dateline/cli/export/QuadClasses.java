package org.dateline.cli.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * PLOVER category to quad class (verbal / material, cooperation / conflict), read from {@value #RESOURCE} so a user
 * who files CONCEDE elsewhere edits a table, not code.
 */
public final class QuadClasses {
    static final String RESOURCE = "org/dateline/cli/export/plover-quad.tsv";
    private static final QuadClasses STANDARD = load(RESOURCE);

    private final Map<String, Integer> quads;

    QuadClasses(Map<String, Integer> quads) {
        this.quads = Map.copyOf(quads);
    }

    public static QuadClasses standard() {
        return STANDARD;
    }

    /** The quad class of a PLOVER category (any case), empty when the table does not list it. */
    public OptionalInt of(String category) {
        Integer q = category == null ? null : quads.get(category.toUpperCase(Locale.ROOT));
        return q == null ? OptionalInt.empty() : OptionalInt.of(q);
    }

    int size() {
        return quads.size();
    }

    static QuadClasses load(String resource) {
        InputStream in = QuadClasses.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        Map<String, Integer> quads = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2 || !f[1].strip().matches("[1-4]")) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected CATEGORY<TAB>1..4, got '" + line + "'");
                }
                quads.put(f[0].strip().toUpperCase(Locale.ROOT), Integer.parseInt(f[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuadClasses(quads);
    }
}
