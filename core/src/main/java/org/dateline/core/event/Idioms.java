package org.dateline.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dateline.core.resources.ResourceFile;

/**
 * Idioms whose trigger word is no event ({@code idioms.txt}, hand-written: "field guidance", "fight corruption",
 * "take steps").
 *
 * <p>The PETRARCH discards ({@code petrarch/discards.tsv}, generated) are not applied: skipping every sentence with
 * one of their phrases of sport, disasters and history lost 5 of 87 found events on dev half B (none on half A),
 * since disasters are where aid events are told; their years would drop any sentence naming a year up to 2013.
 */
final class Idioms {
    private static final Idioms STANDARD = new Idioms();

    private final Set<String> pairs = new HashSet<>();

    private Idioms() {
        for (String[] r : ResourceFile.rows(Idioms.class, "idioms.txt")) {
            String[] w = r[0].strip().split("\\s+");
            if (w.length == 2) pairs.add(w[0] + " " + w[1]);
        }
    }

    static Idioms standard() { return STANDARD; }

    /** True when the trigger at {@code i} is one word of an idiom whose other word is its head or a dependent. */
    boolean covers(Clause c, int i) {
        String lemma = c.lemma(i);
        List<Integer> near = new ArrayList<>(c.children(i));
        if (c.head(i) >= 0) near.add(c.head(i));
        for (int j : near) {
            String other = c.lemma(j);
            if (pairs.contains(lemma + " " + other) || pairs.contains(other + " " + lemma)) return true;
        }
        return false;
    }
}
