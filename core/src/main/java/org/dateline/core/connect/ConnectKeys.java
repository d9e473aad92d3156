package org.dateline.core.connect;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys the {@link Connector} compares by, for code that must split a corpus ahead of it so that articles it could
 * join land together (the Spark job's blocking). They are the Connector's own functions, not copies: blocks built
 * from a copy would stop covering what the Connector compares the day its name key or its shingling changes.
 *
 * <pre>{@code
 * ConnectKeys.nameKey("Kim Jong-un").equals(ConnectKeys.nameKey("Kim Jong Un"));  // true
 * ConnectKeys.nearDuplicateBands(body);  // ["0|...", "1|...", ...]: two near-duplicates share one
 * }</pre>
 */
public final class ConnectKeys {
    private ConnectKeys() {}

    /**
     * The spelling-insensitive key by which the actor knowledge base and the Connector match names: accents, case,
     * spaces and punctuation do not count ("Kim Jong-un" and "Kim Jong Un" give one key).
     */
    public static String nameKey(String name) {
        return NameKeys.key(name);
    }

    /**
     * The LSH buckets {@link NearDuplicates} puts this body in, one key per band ({@code band|row|row|...} of its
     * MinHash signature). A body is compared with those sharing at least one bucket, so two bodies that share no
     * key are never revisions of each other. Empty when the body is too short to be judged at all.
     */
    public static List<String> nearDuplicateBands(String body) {
        int[] sig = NearDuplicates.signature(body);
        if (sig == null) return List.of();
        int rows = NearDuplicates.ROWS;
        List<String> out = new ArrayList<>(sig.length / rows);
        for (int b = 0; b < sig.length / rows; b++) {
            StringBuilder k = new StringBuilder().append(b);
            for (int r = 0; r < rows; r++) k.append('|').append(sig[b * rows + r]);
            out.add(k.toString());
        }
        return out;
    }
}
