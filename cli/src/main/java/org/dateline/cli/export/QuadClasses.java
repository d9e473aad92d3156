package org.dateline.cli.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.dateline.core.resources.ResourceFile;

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
        Map<String, Integer> quads = new HashMap<>();
        for (ResourceFile.Line l : ResourceFile.lines(QuadClasses.class, "/" + resource)) {
            String[] f = l.text().split("\t");
            if (f.length != 2 || !f[1].strip().matches("[1-4]")) {
                throw new IllegalStateException(resource + ":" + l.number() + ": expected CATEGORY<TAB>1..4, got '" + l.text() + "'");
            }
            quads.put(f[0].strip().toUpperCase(Locale.ROOT), Integer.parseInt(f[1].strip()));
        }
        return new QuadClasses(quads);
    }
}
